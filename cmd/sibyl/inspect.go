package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/machine"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

func init() { rootCmd.AddCommand(newInspectCmd()) }

type inspectOp struct {
	Index  int    `json:"index"`
	Kind   string `json:"kind"`
	Inputs []int  `json:"inputs"`
	Output []int  `json:"output_shape"`
	Params int    `json:"params"`
	Detail string `json:"detail,omitempty"`
	Live   []int  `json:"live_after"`
}

type inspectOutput struct {
	ProgramHash string            `json:"program_hash"`
	Version     uint16            `json:"version"`
	Bytes       int               `json:"bytes"`
	Meta        map[string]string `json:"meta"`
	InputShape  []int             `json:"input_shape"`
	OutputShape []int             `json:"output_shape"`
	Steps       int               `json:"steps"`
	Params      int               `json:"params"`
	Ops         []inspectOp       `json:"ops"`
	// Machine is the program's layout for the integer machine (docs/machine.md):
	// what ModelRegistry records for machine settlement.
	Machine      *inspectMachine `json:"machine,omitempty"`
	MachineError string          `json:"machine_error,omitempty"`
}

type inspectMachine struct {
	WeightRoot  string `json:"weight_root"`
	Header      string `json:"header"`
	MicroSteps  uint64 `json:"micro_steps"`
	MemoryDepth int    `json:"memory_depth"`
	WeightDepth int    `json:"weight_depth"`
}

func newInspectCmd() *cobra.Command {
	var asJSON, withMachine bool
	cmd := &cobra.Command{
		Use:   "inspect FILE",
		Short: "Describe a model program: ops or transformer shapes, parameter count, program hash, weights root",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if isTransformerProgram(args[0]) {
				p, err := transformer.Open(args[0])
				if err != nil {
					return err
				}
				defer p.Close()
				skip := ""
				switch {
				case !withMachine:
					skip = "not laid out (--machine=false)"
				case !cmd.Flags().Changed("machine") && len(p.WeightsSection()) > autoMachineBytes:
					skip = fmt.Sprintf("not laid out (weights over %d MiB: run with --machine, which holds several times the weights in memory)", autoMachineBytes>>20)
				}
				info := describeLLM(p, skip)
				if asJSON {
					return json.NewEncoder(cmd.OutOrStdout()).Encode(info)
				}
				printLLM(cmd.OutOrStdout(), p, &info)
				return nil
			}
			p, err := runtime.Load(args[0])
			if err != nil {
				return err
			}
			info := describe(p)
			w := cmd.OutOrStdout()
			if asJSON {
				return json.NewEncoder(w).Encode(info)
			}
			fmt.Fprintf(w, "program hash: %s\n", info.ProgramHash)
			fmt.Fprintf(w, "format:       version %d, %d bytes\n", info.Version, info.Bytes)
			for _, m := range p.Meta() {
				v := m.Value
				if len(v) > 80 {
					v = v[:77] + "..."
				}
				fmt.Fprintf(w, "meta %-8s %s\n", m.Key+":", v)
			}
			fmt.Fprintf(w, "input:        %v (tensor 0)\n", p.InputShape())
			fmt.Fprintf(w, "output:       %v (tensor %d)\n", p.OutputShape(), p.Steps())
			fmt.Fprintf(w, "steps:        %d\n", info.Steps)
			fmt.Fprintf(w, "parameters:   %d\n", info.Params)
			if m := info.Machine; m != nil {
				fmt.Fprintf(w, "machine:      %d micro-steps, memory depth %d, weight depth %d\n", m.MicroSteps, m.MemoryDepth, m.WeightDepth)
				fmt.Fprintf(w, "weight root:  %s\n", m.WeightRoot)
				fmt.Fprintf(w, "header:       %s\n", m.Header)
			} else {
				fmt.Fprintf(w, "machine:      %s\n", info.MachineError)
			}
			fmt.Fprintf(w, "%-4s %-8s %-8s %-14s %9s  %s\n", "step", "op", "inputs", "output", "params", "attributes / live after")
			for _, o := range info.Ops {
				fmt.Fprintf(w, "%-4d %-8s %-8s %-14s %9d  %s; live %v\n", o.Index, o.Kind, ints(o.Inputs), runtime.Shape(o.Output), o.Params, o.Detail, o.Live)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	cmd.Flags().BoolVar(&withMachine, "machine", true, "lay a transformer program out for the integer machine (its weight root and header); "+
		"unless set explicitly, only for weights up to 64 MiB, since the layout holds several times the weights in memory")
	return cmd
}

func ints(v []int) string {
	s := make([]string, len(v))
	for i, x := range v {
		s[i] = fmt.Sprint(x)
	}
	return strings.Join(s, ",")
}

func describe(p *runtime.Program) inspectOutput {
	h := p.Hash()
	info := inspectOutput{
		ProgramHash: "0x" + hex.EncodeToString(h[:]),
		Version:     runtime.Version,
		Bytes:       len(p.Encode()),
		Meta:        map[string]string{},
		InputShape:  p.InputShape(),
		OutputShape: p.OutputShape(),
		Steps:       p.Steps(),
		Params:      p.Params(),
	}
	for _, m := range p.Meta() {
		info.Meta[m.Key] = m.Value
	}
	if m, err := machine.Compile(p); err != nil {
		info.MachineError = err.Error()
	} else {
		info.Machine = &inspectMachine{
			WeightRoot: m.WeightRoot().Hex(), Header: m.Header().Hex(), MicroSteps: m.Steps(),
			MemoryDepth: m.MemDepth(), WeightDepth: m.WeightDepth(),
		}
	}
	for i, op := range p.Ops() {
		info.Ops = append(info.Ops, inspectOp{
			Index: i, Kind: op.Kind().String(), Inputs: op.Inputs(),
			Output: p.TensorShape(i + 1), Params: op.Params(), Detail: opDetail(op), Live: p.Live(i + 1),
		})
	}
	return info
}

func rqDetail(r runtime.Requant) string {
	per := "per-tensor"
	if len(r.Mult) > 1 {
		per = fmt.Sprintf("per-channel(%d)", len(r.Mult))
	}
	return fmt.Sprintf("requant %s zero=%d clamp=[%d,%d]", per, r.Zero, r.QMin, r.QMax)
}

func windowDetail(w runtime.Window) string {
	return fmt.Sprintf("kernel=%dx%d stride=%dx%d pad=%d,%d,%d,%d", w.KH, w.KW, w.SH, w.SW, w.PadT, w.PadL, w.PadB, w.PadR)
}

func opDetail(op runtime.Op) string {
	switch o := op.(type) {
	case *runtime.Dense:
		return fmt.Sprintf("N=%d K=%d %s", o.N(), o.K(), rqDetail(o.Rq))
	case *runtime.Conv2D:
		return fmt.Sprintf("out_channels=%d %s pad_value=%d %s", o.OutC(), windowDetail(o.Window), o.PadValue, rqDetail(o.Rq))
	case *runtime.MaxPool:
		return windowDetail(o.Window)
	case *runtime.AvgPool:
		return windowDetail(o.Window)
	case *runtime.Add:
		return fmt.Sprintf("za=%d zb=%d ma=%d mb=%d s=%d zero=%d clamp=[%d,%d]", o.ZA, o.ZB, o.MA, o.MB, o.S, o.Zero, o.QMin, o.QMax)
	case *runtime.Softmax:
		return fmt.Sprintf("scale=%d zero=%d clamp=[%d,%d]", o.Scale, o.Zero, o.QMin, o.QMax)
	}
	return ""
}
