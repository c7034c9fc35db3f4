package main

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factline/factline/models"
	"github.com/factline/factline/models/storage"
)

func TestExtractLinksSpeakersToTheDatabasesActors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "actors.db")
	store, err := storage.Open(db, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := store.Migrate(context.Background(), slog.New(slog.DiscardHandler)); err != nil {
		t.Fatal(err)
	}
	okafor := &models.Actor{Kind: models.Person, Name: "Maria Okafor", Aliases: "Mama Okafor"}
	if err := store.SaveActor(context.Background(), okafor); err != nil {
		t.Fatal(err)
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	text := "\"The pier opens in spring,\" Okafor said. \"Nobody will be left behind,\" said Tom Berger."
	for _, c := range []struct {
		args    []string
		speaker string
		actor   int64
	}{
		{[]string{"extract", "--json", "--db", db, "-"}, "Maria Okafor", okafor.ID},
		{[]string{"extract", "--json", "-"}, "Okafor", 0},
	} {
		var out, stderr bytes.Buffer
		if err := run(context.Background(), c.args, strings.NewReader(text), &out, &stderr); err != nil {
			t.Fatal(err, stderr.String())
		}
		var got struct {
			Quotes []struct {
				Speaker string `json:"speaker"`
				ActorID int64  `json:"actor_id"`
			} `json:"quotes"`
		}
		if err := json.Unmarshal(out.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		if len(got.Quotes) != 2 || got.Quotes[0].Speaker != c.speaker || got.Quotes[0].ActorID != c.actor ||
			got.Quotes[1].Speaker != "Tom Berger" || got.Quotes[1].ActorID != 0 {
			t.Errorf("%v: quotes %+v", c.args, got.Quotes)
		}
	}
}

// TestExtractFindsSpeakersInTheTextsLanguage checks that --lang, or the
// language found from the text, chooses the quotation marks and speech
// verbs: "a déclaré Chen Xu", "sagte Chen Xu", "disse Chen Xu".
func TestExtractFindsSpeakersInTheTextsLanguage(t *testing.T) {
	for lang, text := range map[string]string{
		"fr": "Le conseil municipal s'est réuni mardi soir pour le budget de l'an prochain. « Nous ne céderons pas », a déclaré Chen Xu.",
		"de": "Der Gemeinderat tagte am Dienstagabend über den Haushalt für das nächste Jahr. „Wir geben nicht auf“, sagte Chen Xu.",
		"pt": "A câmara reuniu-se na terça-feira à noite para votar o orçamento do próximo ano. “Não vamos desistir”, disse Chen Xu.",
	} {
		for _, args := range [][]string{{"--lang", lang}, nil} {
			var out, stderr bytes.Buffer
			argv := append(append([]string{"extract", "--published", "1999-05-19", "--json"}, args...), "-")
			if err := run(context.Background(), argv, strings.NewReader(text), &out, &stderr); err != nil {
				t.Fatal(err, stderr.String())
			}
			var got struct {
				Lang   string
				Quotes []struct{ Speaker, Cue string }
			}
			if err := json.Unmarshal(out.Bytes(), &got); err != nil {
				t.Fatal(err)
			}
			if got.Lang != lang || len(got.Quotes) != 1 || got.Quotes[0].Speaker != "Chen Xu" {
				t.Errorf("%s %v: %s", lang, args, out.String())
			}
		}
	}
}
