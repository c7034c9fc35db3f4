package storage

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/factline/factline/models"
)

// TestKilledWriterLosesNoAcknowledgedWrite starts a writer process that saves
// claims and prints each id once its transaction has committed, kills it with
// SIGKILL in the middle, and checks that every printed claim is in the
// database (WAL with synchronous=NORMAL survives a process crash).
func TestKilledWriterLosesNoAcknowledgedWrite(t *testing.T) {
	if os.Getenv("FACTLINE_KILL_WRITER") != "" {
		return // the writer itself runs in TestHelperWriter
	}
	db := filepath.Join(t.TempDir(), "kill.db")
	s := NewTestStoreAt(t, db)
	_ = s.Close()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperWriter$")
	cmd.Env = append(os.Environ(), "FACTLINE_KILL_WRITER="+db)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var acked []int64
	lines := bufio.NewScanner(out)
	deadline := time.Now().Add(20 * time.Second)
	for lines.Scan() && len(acked) < 300 && time.Now().Before(deadline) {
		if id, err := strconv.ParseInt(lines.Text(), 10, 64); err == nil {
			acked = append(acked, id)
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	if len(acked) < 50 {
		t.Fatalf("the writer acknowledged only %d writes", len(acked))
	}
	s = NewTestStoreAt(t, db)
	for _, id := range acked {
		if _, err := s.GetClaim(context.Background(), id); err != nil {
			t.Fatalf("acknowledged claim %d is lost: %v", id, err)
		}
	}
}

// TestHelperWriter is the writer process of TestKilledWriterLosesNoAcknowledgedWrite.
func TestHelperWriter(t *testing.T) {
	db := os.Getenv("FACTLINE_KILL_WRITER")
	if db == "" {
		t.Skip("only as the writer of TestKilledWriterLosesNoAcknowledgedWrite")
	}
	s, err := Open(db, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; ; i++ {
		c := &models.Claim{Text: fmt.Sprintf("claim %d", i), SaidOn: mustDate("2022")}
		if err := s.SaveClaim(context.Background(), c); err != nil {
			t.Fatal(err)
		}
		fmt.Println(c.ID) // acknowledged: the transaction has committed
	}
}
