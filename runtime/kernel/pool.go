package kernel

// MaxPool2x2 is the 2x2, stride-2 max pool without padding over c planes of
// h x w int8 values (oh <= h/2, ow <= w/2 output rows and columns), written
// to dst as c planes of oh x ow. The vector form (with the VNNI kernel's
// AVX-512) and the Go form give identical results: a maximum is exact.
func MaxPool2x2(dst, src []int8, c, h, w, oh, ow int, impl Impl) {
	if len(src) < c*h*w || len(dst) < c*oh*ow || 2*oh > h || 2*ow > w {
		panic("kernel: max pool operand sizes do not match")
	}
	if oh == 0 || ow == 0 {
		return
	}
	vector := poolAccelerated(impl)
	for ci := 0; ci < c; ci++ {
		plane := src[ci*h*w : (ci+1)*h*w]
		out := dst[ci*oh*ow : (ci+1)*oh*ow]
		if vector {
			maxPool2x2Plane(out, plane, w, oh, ow)
			continue
		}
		for py := 0; py < oh; py++ {
			r0 := plane[2*py*w : 2*py*w+2*ow]
			r1 := plane[(2*py+1)*w : (2*py+1)*w+2*ow]
			d := out[py*ow : (py+1)*ow]
			for px := range d {
				d[px] = max(r0[2*px], r0[2*px+1], r1[2*px], r1[2*px+1])
			}
		}
	}
}
