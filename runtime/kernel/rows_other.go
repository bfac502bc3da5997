//go:build !amd64

package kernel

func (rc *rowsCall) prepare() {}

func (rc *rowsCall) release() {}

func (rc *rowsCall) block(lo, hi int) {
	rowsPortable(rc.c, rc.a, rc.r.w, rc.m, rc.r.n, rc.r.k, lo, hi)
}
