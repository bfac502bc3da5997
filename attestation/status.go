package attestation

import "fmt"

// TCBStatus is the TCB status of a platform as Intel's TCB info and QE
// identity report it. The numeric values are EGo's (attestation/tcbstatus),
// which is also what the on-chain registry stores.
type TCBStatus uint8

// TCB statuses.
const (
	TCBUpToDate                          TCBStatus = 0
	TCBOutOfDate                         TCBStatus = 1
	TCBRevoked                           TCBStatus = 2
	TCBConfigurationNeeded               TCBStatus = 3
	TCBOutOfDateConfigurationNeeded      TCBStatus = 4
	TCBSWHardeningNeeded                 TCBStatus = 5
	TCBConfigurationAndSWHardeningNeeded TCBStatus = 6
	TCBUnknown                           TCBStatus = 7
)

var tcbStatusNames = [...]string{
	TCBUpToDate:                          "UpToDate",
	TCBOutOfDate:                         "OutOfDate",
	TCBRevoked:                           "Revoked",
	TCBConfigurationNeeded:               "ConfigurationNeeded",
	TCBOutOfDateConfigurationNeeded:      "OutOfDateConfigurationNeeded",
	TCBSWHardeningNeeded:                 "SWHardeningNeeded",
	TCBConfigurationAndSWHardeningNeeded: "ConfigurationAndSWHardeningNeeded",
	TCBUnknown:                           "Unknown",
}

// String returns Intel's name of the status (as in TCB info JSON).
func (s TCBStatus) String() string {
	if int(s) < len(tcbStatusNames) {
		return tcbStatusNames[s]
	}
	return fmt.Sprintf("TCBStatus(%d)", uint8(s))
}

// ParseTCBStatus parses Intel's name of a TCB status.
func ParseTCBStatus(name string) (TCBStatus, error) {
	for i, n := range tcbStatusNames {
		if n == name && TCBStatus(i) != TCBUnknown {
			return TCBStatus(i), nil
		}
	}
	return TCBUnknown, fmt.Errorf("unknown TCB status %q", name)
}

// MarshalText encodes the status by name.
func (s TCBStatus) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a status name.
func (s *TCBStatus) UnmarshalText(b []byte) error {
	v, err := ParseTCBStatus(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
