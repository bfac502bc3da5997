package keys

// CheckInitPhase2 lets the external tests compare initPhase2 with gnark on
// real sibyl circuits.
var CheckInitPhase2 = checkInitPhase2
