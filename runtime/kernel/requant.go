package kernel

// RequantCols holds per-column constants of the normative requantization
//
//	y[r][c] = clamp(zero + (((acc[r][c] + bias[c]) * M[c] + 2^(s[c]-1)) >> s[c]), lo, hi)
//
// (int64, arithmetic shift) for a row-major int32 matrix whose columns are
// output channels. It is the requantization of dense and conv outputs, with a
// vectorized AVX-512 form; both forms give identical results.
type RequantCols struct {
	cols int
	// params holds four arrays of cols int64 each: bias, M, 2^(s-1), s.
	params []int64
	lim    [3]int64 // zero, lo, hi
}

// NewRequantCols builds the constants for cols columns. mult and shift hold
// one value (per tensor) or one per column.
func NewRequantCols(cols int, bias []int32, mult []int32, shift []uint8, zero, lo, hi int8) *RequantCols {
	q := &RequantCols{cols: cols, params: make([]int64, 4*cols), lim: [3]int64{int64(zero), int64(lo), int64(hi)}}
	for c := 0; c < cols; c++ {
		m, s := mult[0], shift[0]
		if len(mult) > 1 {
			m, s = mult[c], shift[c]
		}
		q.params[c] = int64(bias[c])
		q.params[cols+c] = int64(m)
		q.params[2*cols+c] = int64(1) << (s - 1)
		q.params[3*cols+c] = int64(s)
	}
	return q
}

// Apply requantizes rows of src (rows x cols) into dst.
func (q *RequantCols) Apply(dst []int8, src []int32, rows int, impl Impl) {
	n := rows * q.cols
	if len(dst) < n || len(src) < n {
		panic("kernel: requantize operand sizes do not match")
	}
	if rows > 0 && q.cols%8 == 0 && requantAccelerated(impl) {
		q.applySIMD(dst, src, rows)
		return
	}
	q.applyGo(dst, src, rows)
}

func (q *RequantCols) applyGo(dst []int8, src []int32, rows int) {
	cols := q.cols
	bias, mult := q.params[:cols], q.params[cols:2*cols]
	round, shift := q.params[2*cols:3*cols], q.params[3*cols:4*cols]
	zero, lo, hi := q.lim[0], q.lim[1], q.lim[2]
	for r := 0; r < rows; r++ {
		s := src[r*cols : (r+1)*cols]
		d := dst[r*cols : (r+1)*cols]
		for c, a := range s {
			v := zero + (((int64(a)+bias[c])*mult[c] + round[c]) >> uint64(shift[c]))
			d[c] = int8(min(max(v, lo), hi))
		}
	}
}
