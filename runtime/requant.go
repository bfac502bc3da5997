package runtime

import "fmt"

// Requant is the normative requantizer that maps an int32 accumulator to int8:
//
//	y = clamp(Zero + ((acc*M + 2^(s-1)) >> s), QMin, QMax)
//
// computed in int64 with an arithmetic (floor) shift. Mult and Shift hold
// either one value (per tensor) or one value per output channel. A ReLU is a
// clamp: QMin = Zero.
type Requant struct {
	Mult  []int32 // M in [0, 2^31)
	Shift []uint8 // s in [1, 62]
	Zero  int8    // output zero point
	QMin  int8    // lower clamp bound
	QMax  int8    // upper clamp bound (QMin <= QMax)
}

// Requantize applies the normative requantization to one accumulator.
// It is the scalar definition every kernel and circuit reproduces.
func Requantize(acc int64, m int32, s uint8, zero, qmin, qmax int8) int8 {
	v := int64(zero) + ((acc*int64(m) + int64(1)<<(s-1)) >> s)
	if v < int64(qmin) {
		return qmin
	}
	if v > int64(qmax) {
		return qmax
	}
	return int8(v)
}

// Channel returns (M, s) for output channel c.
func (r *Requant) Channel(c int) (int32, uint8) {
	if len(r.Mult) == 1 {
		return r.Mult[0], r.Shift[0]
	}
	return r.Mult[c], r.Shift[c]
}

// Apply requantizes acc for output channel c.
func (r *Requant) Apply(acc int32, c int) int8 {
	m, s := r.Channel(c)
	return Requantize(int64(acc), m, s, r.Zero, r.QMin, r.QMax)
}

// validate checks ranges for a requantizer feeding `channels` output channels.
func (r *Requant) validate(channels int) error {
	if len(r.Mult) != len(r.Shift) {
		return fmt.Errorf("%w: %d multipliers but %d shifts", ErrBadQuant, len(r.Mult), len(r.Shift))
	}
	if len(r.Mult) != 1 && len(r.Mult) != channels {
		return fmt.Errorf("%w: %d multipliers, want 1 or %d (channels)", ErrBadQuant, len(r.Mult), channels)
	}
	for c, m := range r.Mult {
		if m < 0 {
			return fmt.Errorf("%w: mult[%d] = %d is negative", ErrBadQuant, c, m)
		}
	}
	for c, s := range r.Shift {
		if s < 1 || s > 62 {
			return fmt.Errorf("%w: shift[%d] = %d not in [1, 62]", ErrBadQuant, c, s)
		}
	}
	if r.QMin > r.QMax {
		return fmt.Errorf("%w: qmin %d > qmax %d", ErrBadQuant, r.QMin, r.QMax)
	}
	return nil
}

// PerTensor returns a per-tensor requantizer.
func PerTensor(m int32, s uint8, zero, qmin, qmax int8) Requant {
	return Requant{Mult: []int32{m}, Shift: []uint8{s}, Zero: zero, QMin: qmin, QMax: qmax}
}
