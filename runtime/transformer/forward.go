package transformer

import (
	"sync"

	"github.com/sibyl-ai/sibyl/runtime/kernel"
)

// Options select how a program is executed. Results never depend on them.
type Options struct {
	// Kernel is the matrix-multiply kernel (kernel.Auto: the fastest the CPU
	// supports; SIBYL_KERNEL=portable forces the portable one).
	Kernel kernel.Impl
	// Threads bounds the goroutines of one forward pass (<= 0: GOMAXPROCS).
	Threads int
}

// prepared holds the kernel operands of a program's matrices, built once.
type prepared struct {
	once   sync.Once
	head   *kernel.Rows
	layers []preparedLayer
}

type preparedLayer struct{ q, k, v, o, gate, up, down *kernel.Rows }

func (p *Program) kernels(impl kernel.Impl) *prepared {
	pr := &p.prep
	pr.once.Do(func() {
		c := &p.cfg
		d, qd, kvd, h := c.Dim, c.QDim(), c.KVDim(), c.HiddenDim
		head := p.w.Output.W
		if c.Tied {
			head = p.w.Embedding.W
		}
		pr.head = kernel.NewRows(head, c.Vocab, d)
		for i := range p.w.Layers {
			l := &p.w.Layers[i]
			pr.layers = append(pr.layers, preparedLayer{
				q: kernel.NewRows(l.Q.W, qd, d), k: kernel.NewRows(l.K.W, kvd, d), v: kernel.NewRows(l.V.W, kvd, d),
				o: kernel.NewRows(l.O.W, d, qd), gate: kernel.NewRows(l.Gate.W, h, d), up: kernel.NewRows(l.Up.W, h, d),
				down: kernel.NewRows(l.Down.W, d, h),
			})
		}
	})
	return pr
}

// kvCache is one layer's keys and values, head by head: KV head g's key at
// position t is k[g][t*HeadDim : (t+1)*HeadDim] with scale ks[g][t] (and the
// sum of its values in ksum[g][t], for the VNNI kernel's correction).
type kvCache struct {
	k, v   [][]int8
	ks, vs [][]Scale
	ksum   [][]int32
}

// appendHead appends KV head g's quantized key and value of one position.
func (kv *kvCache) appendHead(g int, k8 []int8, ks Scale, v8 []int8, vs Scale) {
	kv.k[g] = append(kv.k[g], k8...)
	kv.v[g] = append(kv.v[g], v8...)
	kv.ks[g] = append(kv.ks[g], ks)
	kv.vs[g] = append(kv.vs[g], vs)
	var s int32
	for _, x := range k8 {
		s += int32(x)
	}
	kv.ksum[g] = append(kv.ksum[g], s)
}

// engine runs forward passes of one program over one KV cache.
type engine struct {
	p    *Program
	opt  Options
	impl kernel.Impl
	kr   *prepared
	kv   []kvCache
	pos  int // positions in the KV cache

	// scratch, sized for rows tokens at a time
	rows               int
	h                  []int32
	a, o, hid          []int64
	qa                 []int8
	sa                 []Scale
	acc, q, k, v, g, u []int32
	att                []attnScratch
	logits             []int32

	// The steps a forward pass runs on several goroutines, kept here so
	// that running one allocates nothing (a closure per call escaped to
	// the heap: about 21 KB of garbage per token at the stories15M shape).
	rj   rowJob
	aj   attnJob
	proj projJob
}

// rangeJob is work over [lo, hi) that parallelRange splits among workers.
type rangeJob interface {
	run(worker, lo, hi int)
}

// Per-row steps of rowJob.
const (
	rowNorm    = iota // e.qa, e.sa = Quantize(RMSNorm(h, g, eps)) of the row
	rowQuant64        // e.qa, e.sa = Quantize(x) of the row (width k)
	rowSwiGLU         // e.hid = SwiGLU(e.g, e.u); e.qa, e.sa = Quantize(e.hid)
	rowRope           // rotate the row's queries and keys (position e.pos+r)
)

// rowJob is one per-row step of a forward pass; each row is independent.
type rowJob struct {
	e    *engine
	kind int
	h    []int32 // rowNorm
	g    []int16 // rowNorm
	eps  int64   // rowNorm
	x    []int64 // rowQuant64
	k    int     // rowQuant64
	fg   int     // rowSwiGLU
}

func (j *rowJob) run(_, lo, hi int) {
	e := j.e
	c := &e.p.cfg
	for r := lo; r < hi; r++ {
		switch j.kind {
		case rowNorm:
			d := c.Dim
			a := e.a[r*d : (r+1)*d]
			RMSNorm(a, j.h[r*d:(r+1)*d], j.g, j.eps)
			e.sa[r] = Quantize(e.qa[r*d:(r+1)*d], a)
		case rowQuant64:
			k := j.k
			e.sa[r] = Quantize(e.qa[r*k:(r+1)*k], j.x[r*k:(r+1)*k])
		case rowSwiGLU:
			hd := c.HiddenDim
			hid := e.hid[r*hd : (r+1)*hd]
			g, u := e.g[r*hd:(r+1)*hd], e.u[r*hd:(r+1)*hd]
			for i := range hid {
				hid[i] = SwiGLU(e.p.w.Sigmoid, g[i], u[i], j.fg)
			}
			e.sa[r] = Quantize(e.qa[r*hd:(r+1)*hd], hid)
		case rowRope:
			hd, half, kvd, qd := c.HeadDim, c.HeadDim/2, c.KVDim(), c.QDim()
			pos := e.pos + r
			cs, sn := e.p.w.RopeCos[pos*half:(pos+1)*half], e.p.w.RopeSin[pos*half:(pos+1)*half]
			q := e.q[r*qd : (r+1)*qd]
			for h := 0; h < c.Heads; h++ {
				Rope(q[h*hd:(h+1)*hd], cs, sn)
			}
			k := e.k[r*kvd : (r+1)*kvd]
			for g := 0; g < c.KVHeads; g++ {
				Rope(k[g*hd:(g+1)*hd], cs, sn)
			}
		}
	}
}

// attnJob is the attention of layer li, one job per (row, head).
type attnJob struct {
	e      *engine
	li, cq int
}

func (j *attnJob) run(worker, lo, hi int) {
	e := j.e
	heads := e.p.cfg.Heads
	s := &e.att[worker]
	for i := lo; i < hi; i++ {
		e.attendHead(j.li, i/heads, i%heads, j.cq, s)
	}
}

// projJob post-processes columns of a projection's int32 accumulators:
// into dst = Project(acc) (acc is dst), or added to the residual stream h.
type projJob struct {
	e        *engine
	acc      []int32
	n, rows  int
	sc       []RowScale
	bias     []int32
	h        []int32 // residual: h = ClampResidual(h + Project(acc))
	residual bool
}

func (j *projJob) Columns(j0, j1 int) {
	n := j.n
	if j.residual {
		for r := 0; r < j.rows; r++ {
			residualRow(j.h[r*n+j0:r*n+j1], j.acc[r*n+j0:r*n+j1], j.e.sa[r], j.sc[j0:j1])
		}
		return
	}
	var b []int32
	if j.bias != nil {
		b = j.bias[j0:j1]
	}
	for r := 0; r < j.rows; r++ {
		row := j.acc[r*n+j0 : r*n+j1]
		projectRow(row, row, j.e.sa[r], j.sc[j0:j1], b)
	}
}

type attnScratch struct {
	q8   []int8
	z, w []int64
	acc  []int32
}

func newEngine(p *Program, opt Options) *engine {
	e := &engine{p: p, opt: opt, impl: kernel.Resolve(opt.Kernel)}
	e.rj.e, e.aj.e, e.proj.e = e, e, e
	e.kr = p.kernels(e.impl)
	e.kv = make([]kvCache, p.cfg.Layers)
	for i := range e.kv {
		h := p.cfg.KVHeads
		e.kv[i] = kvCache{k: make([][]int8, h), v: make([][]int8, h), ks: make([][]Scale, h),
			vs: make([][]Scale, h), ksum: make([][]int32, h)}
	}
	return e
}

func (e *engine) threads() int { return kernel.Threads(e.opt.Threads) }

// reserve grows the KV cache to hold n positions (at least doubling, up to
// MaxSeq, so appending token by token copies O(n) values in all).
func (e *engine) reserve(n int) {
	c := &e.p.cfg
	hd := c.HeadDim
	for i := range e.kv {
		kv := &e.kv[i]
		if cap(kv.ks[0]) >= n {
			continue
		}
		n := min(max(n, 2*cap(kv.ks[0])), c.MaxSeq)
		for g := 0; g < c.KVHeads; g++ {
			kv.k[g] = append(make([]int8, 0, n*hd), kv.k[g]...)
			kv.v[g] = append(make([]int8, 0, n*hd), kv.v[g]...)
			kv.ks[g] = append(make([]Scale, 0, n), kv.ks[g]...)
			kv.vs[g] = append(make([]Scale, 0, n), kv.vs[g]...)
			kv.ksum[g] = append(make([]int32, 0, n), kv.ksum[g]...)
		}
	}
}

func (e *engine) scratch(rows int) {
	if rows <= e.rows {
		return
	}
	c := &e.p.cfg
	d, qd, kvd, hd := c.Dim, c.QDim(), c.KVDim(), c.HiddenDim
	wide := max(d, qd, hd)
	e.rows = rows
	e.h = make([]int32, rows*d)
	// Buffers whose uses never overlap share memory (a prefill's scratch
	// is most of a small model's heap): a (RMSNorm), o (attention) and hid
	// (SwiGLU) are each quantized into qa before the next one is written;
	// acc, the residual projections' accumulators, is written before g in
	// a layer (O) or after SwiGLU has consumed g (down).
	wide64 := make([]int64, rows*wide)
	e.a, e.o, e.hid = wide64[:rows*d], wide64[:rows*qd], wide64[:rows*hd]
	e.qa = make([]int8, rows*wide)
	e.sa = make([]Scale, rows)
	gacc := make([]int32, rows*max(d, hd))
	e.g, e.acc = gacc[:rows*hd], gacc[:rows*d]
	e.q = make([]int32, rows*qd)
	e.k = make([]int32, rows*kvd)
	e.v = make([]int32, rows*kvd)
	e.u = make([]int32, rows*hd)
}

// forward feeds toks at positions pos, pos+1, ... (appending their keys and
// values to the cache) and returns the logits after the last token when
// wantLogits is set. With all set it returns the logits of every token
// (rows x Vocab).
func (e *engine) forward(toks []int32, wantLogits, all bool) []int32 {
	c := &e.p.cfg
	w := &e.p.w
	n := len(toks)
	e.scratch(n)
	e.reserve(e.pos + n)
	d, qd, kvd, hd := c.Dim, c.QDim(), c.KVDim(), c.HiddenDim
	h := e.h[:n*d]
	// Embedding: h = ClampResidual(ScaleClamp32(E[t][i] * Mant, Shift, 0)).
	for r, t := range toks {
		row := w.Embedding.W[int(t)*d : (int(t)+1)*d]
		s := w.Embedding.Scale[t]
		hr := h[r*d : (r+1)*d]
		for i, v := range row {
			hr[i] = int32(ClampResidual(ScaleClamp32(int64(v)*int64(s.Mant), int(s.Shift), 0)))
		}
	}
	for li := range w.Layers {
		lw := &w.Layers[li]
		lp := &e.p.params.Layers[li]
		kr := &e.kr.layers[li]
		if lp.ResShift > 0 {
			for i, v := range h {
				h[i] = int32(RoundShift(int64(v), int(lp.ResShift)))
			}
		}
		// Attention.
		e.normQuant(h, lw.AttnNorm, lp.AttnEps, n)
		e.project(e.q[:n*qd], kr.q, &lw.Q, n, d)
		e.project(e.k[:n*kvd], kr.k, &lw.K, n, d)
		e.project(e.v[:n*kvd], kr.v, &lw.V, n, d)
		e.ropeAndCache(li, n)
		e.attention(li, n, int(lp.ScoreShift))
		e.quantRows64(e.o[:n*qd], n, qd)
		e.residual(h, kr.o, &lw.O, n, qd)
		// FFN.
		e.normQuant(h, lw.FFNNorm, lp.FFNEps, n)
		e.project(e.g[:n*hd], kr.gate, &lw.Gate, n, d)
		e.project(e.u[:n*hd], kr.up, &lw.Up, n, d)
		e.rj = rowJob{e: e, kind: rowSwiGLU, fg: int(lp.GateShift)}
		e.rowsParallel(n)
		e.residual(h, kr.down, &lw.Down, n, hd)
	}
	e.pos += n
	if !wantLogits {
		return nil
	}
	first := n - 1
	if all {
		first = 0
	}
	rows := n - first
	hl := h[first*d:]
	e.normQuant(hl, w.OutputNorm, e.p.params.OutputEps, rows)
	if cap(e.logits) < rows*c.Vocab {
		e.logits = make([]int32, rows*c.Vocab)
	}
	logits := e.logits[:rows*c.Vocab]
	e.projectInto(logits, e.kr.head, w.Output.Scale, nil, rows, d)
	return logits
}

// rowsParallel runs e.rj for every row, on several goroutines when there are
// enough rows (prefill); each row is independent.
func (e *engine) rowsParallel(rows int) {
	t := min(e.threads(), rows/8)
	parallelRange(rows, t, &e.rj)
}

// normQuant sets e.qa, e.sa to the quantized RMSNorm of rows of h.
func (e *engine) normQuant(h []int32, g []int16, eps int64, rows int) {
	e.rj = rowJob{e: e, kind: rowNorm, h: h, g: g, eps: eps}
	e.rowsParallel(rows)
}

// quantRows64 quantizes rows of x (width k) into e.qa, e.sa.
func (e *engine) quantRows64(x []int64, rows, k int) {
	e.rj = rowJob{e: e, kind: rowQuant64, x: x, k: k}
	e.rowsParallel(rows)
}

// project computes dst = Project(qa * W^T) for rows rows of width k.
func (e *engine) project(dst []int32, kr *kernel.Rows, m *Matrix, rows, k int) {
	e.projectInto(dst, kr, m.Scale, m.Bias, rows, k)
}

func (e *engine) projectInto(dst []int32, kr *kernel.Rows, sc []RowScale, bias []int32, rows, k int) {
	e.proj = projJob{e: e, acc: dst, n: kr.N(), rows: rows, sc: sc, bias: bias}
	kr.MatMulEach(dst, e.qa[:rows*k], rows, e.impl, e.opt.Threads, &e.proj)
}

// residual adds Project(qa * W^T) to h: h = ClampResidual(h + y).
func (e *engine) residual(h []int32, kr *kernel.Rows, m *Matrix, rows, k int) {
	n := kr.N()
	acc := e.acc[:rows*n]
	e.proj = projJob{e: e, acc: acc, n: n, rows: rows, sc: m.Scale, h: h, residual: true}
	kr.MatMulEach(acc, e.qa[:rows*k], rows, e.impl, e.opt.Threads, &e.proj)
}

// ropeAndCache rotates the queries and keys of the rows (positions e.pos+r)
// and appends the quantized keys and values to layer li's cache.
func (e *engine) ropeAndCache(li, rows int) {
	c := &e.p.cfg
	hd, kvd := c.HeadDim, c.KVDim()
	kv := &e.kv[li]
	e.rj = rowJob{e: e, kind: rowRope}
	e.rowsParallel(rows)
	for r := 0; r < rows; r++ {
		k := e.k[r*kvd : (r+1)*kvd]
		v := e.v[r*kvd : (r+1)*kvd]
		var k8, v8 [MaxHeadDim]int8
		for g := 0; g < c.KVHeads; g++ {
			ks := Quantize32(k8[:hd], k[g*hd:(g+1)*hd])
			vs := Quantize32(v8[:hd], v[g*hd:(g+1)*hd])
			kv.appendHead(g, k8[:hd], ks, v8[:hd], vs)
		}
	}
}

// attention computes e.o (rows x QDim, int64) for the rows at positions
// e.pos+r over the cache of layer li, heads in parallel.
func (e *engine) attention(li, rows, cq int) {
	c := &e.p.cfg
	jobs := rows * c.Heads
	t := min(e.threads(), jobs)
	// Attention work grows with the context; below a few thousand
	// multiply-adds per job a goroutine costs more than it saves.
	if (e.pos+rows)*c.HeadDim*jobs < 1<<15 {
		t = 1
	}
	for len(e.att) < t {
		e.att = append(e.att, attnScratch{})
	}
	e.aj = attnJob{e: e, li: li, cq: cq}
	parallelRange(jobs, t, &e.aj)
}

// attendHead is the attention of query head h of row r (normative steps in
// the format document).
func (e *engine) attendHead(li, r, h, cq int, s *attnScratch) {
	c := &e.p.cfg
	hd, qd := c.HeadDim, c.QDim()
	kv := &e.kv[li]
	g := h / (c.Heads / c.KVHeads)
	n := e.pos + r + 1 // positions 0..pos+r
	if cap(s.q8) < hd {
		s.q8 = make([]int8, hd)
	}
	if cap(s.z) < n {
		// Doubling (up to max_seq): growing by the one position each
		// decoded token adds reallocated every buffer at every token.
		m := min(max(n, 2*cap(s.z)), max(n, c.MaxSeq))
		s.z = make([]int64, m)
		s.w = make([]int64, m)
		s.acc = make([]int32, m)
	}
	q8, z, wt, acc := s.q8[:hd], s.z[:n], s.w[:n], s.acc[:n]
	sq := Quantize32(q8, e.q[r*qd+h*hd:r*qd+(h+1)*hd])
	kernel.DotRowsSum(acc, q8, kv.k[g], n, hd, hd, kv.ksum[g], e.impl)
	zmax := int64(-Max32)
	ks := kv.ks[g][:n]
	for t, a := range acc {
		z[t] = ScaleClamp32(int64(a)*int64(sq.Mant)*int64(ks[t].Mant), cq-int(sq.Exp)-int(ks[t].Exp), 0)
		zmax = max(zmax, z[t])
	}
	var sum int64
	x := e.p.w.Exp2
	for t := range z {
		z[t] = Exp2Neg(x, zmax-z[t])
		sum += z[t]
	}
	R := int64((uint64(1) << 61) / uint64(sum))
	vs := kv.vs[g][:n]
	for t := range z {
		p := (z[t] * R) >> 31
		wt[t] = (p * int64(vs[t].Mant) << vs[t].Exp) >> 30
	}
	o := e.o[r*qd+h*hd : r*qd+(h+1)*hd]
	clear(o)
	kernel.WeightedSum(o, wt, kv.v[g], n, hd, hd, e.impl)
}

// parallelRange splits [0, n) into t contiguous parts run concurrently;
// f gets its worker index.
func parallelRange(n, t int, f rangeJob) {
	if t <= 1 || n <= 1 {
		f.run(0, 0, n)
		return
	}
	var wg sync.WaitGroup
	per := (n + t - 1) / t
	for i, lo := 0, 0; lo < n; i, lo = i+1, lo+per {
		hi := min(lo+per, n)
		wg.Add(1)
		go func() {
			defer wg.Done()
			f.run(i, lo, hi)
		}()
	}
	wg.Wait()
}
