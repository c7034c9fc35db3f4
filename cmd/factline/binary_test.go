package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestBinaryLinksNoTestCode builds factline as shipped and checks that neither
// the testing package nor the models' helpers for tests are in it.
func TestBinaryLinksNoTestCode(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on the PATH")
	}
	deps, err := exec.Command(goTool, "list", "-deps", "-tags", "sqlite_fts5", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, dep := range strings.Fields(string(deps)) {
		if dep == "testing" {
			t.Error("factline's binary imports the testing package")
		}
	}
	bin := filepath.Join(t.TempDir(), "factline")
	if out, err := exec.Command(goTool, "build", "-tags", "sqlite_fts5", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	syms, err := exec.Command(goTool, "tool", "nm", bin).Output()
	if err != nil {
		t.Fatalf("go tool nm: %v", err)
	}
	for _, helper := range []string{"storage.NewTestStore", "storage.MakeClaim", "storage.SeedTimeline"} {
		if strings.Contains(string(syms), helper) {
			t.Errorf("factline's binary holds the test helper %s", helper)
		}
	}
}
