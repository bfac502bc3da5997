package runtime_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoFloatingPoint enforces the determinism rule that the execution path
// uses no floating point: no non-test source of the runtime, its kernels or
// the transformer engine mentions a float type or literal, or imports math
// except for integer constants.
func TestNoFloatingPoint(t *testing.T) {
	var files []string
	for _, dir := range []string{".", "kernel", "transformer"} {
		m, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.Ident:
				if x.Name == "float32" || x.Name == "float64" || x.Name == "complex64" || x.Name == "complex128" {
					t.Errorf("%s: floating-point type %s", fset.Position(x.Pos()), x.Name)
				}
			case *ast.BasicLit:
				if x.Kind == token.FLOAT || x.Kind == token.IMAG {
					t.Errorf("%s: floating-point literal %s", fset.Position(x.Pos()), x.Value)
				}
			case *ast.SelectorExpr:
				if id, ok := x.X.(*ast.Ident); ok && id.Name == "math" && !strings.HasPrefix(x.Sel.Name, "Max") && !strings.HasPrefix(x.Sel.Name, "Min") {
					t.Errorf("%s: math.%s", fset.Position(x.Pos()), x.Sel.Name)
				}
			}
			return true
		})
	}
}
