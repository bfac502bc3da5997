package main

import (
	"testing"

	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/config"
)

func TestRouteBits(t *testing.T) {
	for _, c := range []struct {
		names []string
		want  uint8
	}{
		{config.MinerRoutes, protocol.RouteOptimistic | protocol.RouteProven | protocol.RouteAttested},
		{[]string{"optimistic"}, protocol.RouteOptimistic},
		{[]string{"proven", "attested"}, protocol.RouteProven | protocol.RouteAttested},
	} {
		if got := routeBits(c.names); got != c.want {
			t.Errorf("routeBits(%v) = %#x, want %#x", c.names, got, c.want)
		}
	}
}
