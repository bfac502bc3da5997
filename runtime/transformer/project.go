package transformer

// projectRow sets dst[j] = Project(acc[j], s, sc[j], b[j]) (b nil: 0) with
// the common case (shift in [1, 62]) inlined; it equals Project exactly.
func projectRow(dst, acc []int32, s Scale, sc []RowScale, bias []int32) {
	m, e := int64(s.Mant), int(s.Exp)
	sc = sc[:len(acc)]
	dst = dst[:len(acc)]
	if bias != nil {
		bias = bias[:len(acc)]
	}
	for j, a := range acc {
		r := sc[j]
		v := int64(a) * m * int64(r.Mant)
		sh := int(r.Shift) - e
		var b int64
		if bias != nil {
			b = int64(bias[j])
		}
		var y int64
		if uint(sh-1) < 62 {
			y = (v+int64(1)<<uint(sh-1))>>uint(sh) + b
			y = min(max(y, -Max32), Max32)
		} else {
			y = ScaleClamp32(v, sh, b)
		}
		dst[j] = int32(y)
	}
}

// residualRow sets h[j] = ClampResidual(h[j] + Project(acc[j], s, sc[j], 0)).
func residualRow(h, acc []int32, s Scale, sc []RowScale) {
	m, e := int64(s.Mant), int(s.Exp)
	sc = sc[:len(acc)]
	h = h[:len(acc)]
	for j, a := range acc {
		r := sc[j]
		v := int64(a) * m * int64(r.Mant)
		sh := int(r.Shift) - e
		var y int64
		if uint(sh-1) < 62 {
			y = (v + int64(1)<<uint(sh-1)) >> uint(sh)
			y = min(max(y, -Max32), Max32)
		} else {
			y = ScaleClamp32(v, sh, 0)
		}
		h[j] = int32(min(max(int64(h[j])+y, -MaxResidual), MaxResidual))
	}
}
