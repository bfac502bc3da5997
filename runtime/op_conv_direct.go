package runtime

import (
	"sync"

	"github.com/sibyl-ai/sibyl/runtime/kernel"
)

// Direct convolution (runtime/kernel's ConvFilters, AVX-512 VNNI): no im2col
// and no transpose. The input is packed once into a padded image of 4-byte
// pixels (four channels, or four (channel, kernel column) pairs), and blocks
// of 4 output channels are computed 4 x 16 output pixels at a time,
// requantized in registers and stored straight into CHW order. It computes
// the same int32 accumulators and the same requantization as the im2col
// path, so the output is identical; it runs for horizontal stride 1 when the
// VNNI kernel is selected.

// directMaxPacked bounds the packed input; larger convs take the im2col path.
const directMaxPacked = 64 << 20

// directConv holds the packed filters and the plan, made on first use (the
// program fixes the input shape).
type directConv struct {
	once sync.Once
	f    *kernel.ConvFilters
	plan *kernel.ConvPlan
	in   Shape
}

// directPlan returns the packed filters and plan for input shape in, or nil
// when the direct path does not apply.
func (o *Conv2D) directPlan(impl kernel.Impl, in Shape) (*kernel.ConvFilters, *kernel.ConvPlan) {
	if o.SW != 1 || !kernel.DirectConv(impl) {
		return nil, nil
	}
	d := &o.direct
	d.once.Do(func() {
		p := kernel.NewConvPlan(in[0], in[1], in[2], o.KH, o.KW, o.SH, o.PadT, o.PadL, o.PadB, o.PadR)
		if p.PackedInputLen() > directMaxPacked {
			return
		}
		d.in, d.plan = in.Clone(), p
		d.f = kernel.NewConvFilters(o.Weights, o.OutC(), p, o.Bias, o.Rq.Mult, o.Rq.Shift, o.Rq.Zero, o.Rq.QMin, o.Rq.QMax)
	})
	if d.plan == nil || !d.in.Equal(in) {
		return nil, nil
	}
	return d.f, d.plan
}

// convDirect computes the conv's output with the direct kernel.
func (o *Conv2D) convDirect(env *execEnv, x []int8, out []int8, f *kernel.ConvFilters, p *kernel.ConvPlan) {
	xp := env.packedBuf(p.PackedInputLen())
	p.PackInput(xp, x, o.PadValue)
	// Contiguous ranges of output rows, one goroutine each, at least 2^20
	// multiply-accumulates apiece (below that, starting a goroutine costs
	// more than it saves); every output element is computed by exactly one
	// of them.
	work := p.OH * p.OW * len(o.Weights)
	parts := max(1, min(env.threads, p.OH, work>>20))
	if parts == 1 {
		f.Conv(out, xp, p, 0, p.OH)
		return
	}
	per := (p.OH + parts - 1) / parts
	var wg sync.WaitGroup
	for y0 := 0; y0 < p.OH; y0 += per {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f.Conv(out, xp, p, y0, min(y0+per, p.OH))
		}()
	}
	wg.Wait()
}

func (e *execEnv) packedBuf(n int) []byte {
	if cap(e.packed) < n {
		e.packed = make([]byte, n)
	}
	return e.packed[:n]
}
