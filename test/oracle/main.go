// Command oracle renders template sets with Helm's own engine (helm.sh/helm/v4/pkg/engine) so that
// slipway's TypeScript engine can be compared with it byte for byte.
//
// Batch mode (default): reads a JSON array of cases on stdin, writes a JSON array of results.
// Bench mode (-bench SECONDS): reads one case, renders it repeatedly for that long after warming up,
// and prints {"renders": n, "nsPerRender": x}.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"helm.sh/helm/v4/pkg/chart/common"
	chart "helm.sh/helm/v4/pkg/chart/v2"
	"helm.sh/helm/v4/pkg/engine"
)

// testCase is one template set: files under templates/ (names without the prefix), values, options.
type testCase struct {
	Templates map[string]string `json:"templates"`
	Files     map[string]string `json:"files"`
	Values    map[string]any    `json:"values"`
	Strict    bool              `json:"strict"`
}

// result is the rendered output of every non-partial template, or Helm's error text.
type result struct {
	Output map[string]string `json:"output,omitempty"`
	Error  *string           `json:"error,omitempty"`
}

func buildChart(c testCase) *chart.Chart {
	ch := &chart.Chart{Metadata: &chart.Metadata{Name: "mychart", Version: "0.1.0", APIVersion: "v2"}}
	names := make([]string, 0, len(c.Templates))
	for n := range c.Templates {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		ch.Templates = append(ch.Templates, &common.File{Name: "templates/" + n, Data: []byte(c.Templates[n])})
	}
	fileNames := make([]string, 0, len(c.Files))
	for n := range c.Files {
		fileNames = append(fileNames, n)
	}
	sort.Strings(fileNames)
	for _, n := range fileNames {
		ch.Files = append(ch.Files, &common.File{Name: n, Data: []byte(c.Files[n])})
	}
	return ch
}

// renderValues is the top-level data every template sees (besides Chart, Files, Template, Subcharts
// which the engine adds itself).
func renderValues(c testCase) common.Values {
	vals := c.Values
	if vals == nil {
		vals = map[string]any{}
	}
	return common.Values{
		"Values": vals,
		"Release": map[string]any{
			"Name": "rel", "Namespace": "default", "Service": "Helm",
			"IsInstall": true, "IsUpgrade": false, "Revision": 1,
		},
		"Capabilities": &common.Capabilities{
			KubeVersion: common.KubeVersion{Version: "v1.31.0", Major: "1", Minor: "31"},
			APIVersions: common.VersionSet{"v1", "apps/v1", "batch/v1", "networking.k8s.io/v1"},
		},
	}
}

func render(c testCase) (res result) {
	defer func() {
		if r := recover(); r != nil {
			msg := fmt.Sprintf("oracle panic: %v", r)
			res = result{Error: &msg}
		}
	}()
	eng := engine.Engine{Strict: c.Strict}
	out, err := eng.Render(buildChart(c), renderValues(c))
	if err != nil {
		msg := err.Error()
		return result{Error: &msg}
	}
	trimmed := make(map[string]string, len(out))
	for k, v := range out {
		trimmed[strings.TrimPrefix(k, "mychart/templates/")] = v
	}
	return result{Output: trimmed}
}

func main() {
	bench := flag.Float64("bench", 0, "render one case repeatedly for this many seconds")
	flag.Parse()
	in := bufio.NewReaderSize(os.Stdin, 1<<20)
	dec := json.NewDecoder(in)
	dec.UseNumber()
	var raw []json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		fmt.Fprintln(os.Stderr, "oracle: reading cases:", err)
		os.Exit(2)
	}
	cases := make([]testCase, len(raw))
	for i, r := range raw {
		// Values are decoded the way Helm decodes values files: every number is a float64.
		if err := json.Unmarshal(r, &cases[i]); err != nil {
			fmt.Fprintln(os.Stderr, "oracle: case", i, err)
			os.Exit(2)
		}
	}
	out := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	if *bench > 0 {
		c := cases[0]
		for i := 0; i < 20; i++ {
			render(c)
		}
		start := time.Now()
		deadline := start.Add(time.Duration(*bench * float64(time.Second)))
		n := 0
		for time.Now().Before(deadline) {
			r := render(c)
			if r.Error != nil {
				fmt.Fprintln(os.Stderr, "oracle: bench case failed:", *r.Error)
				os.Exit(1)
			}
			n++
		}
		elapsed := time.Since(start)
		_ = enc.Encode(map[string]any{"renders": n, "nsPerRender": float64(elapsed.Nanoseconds()) / float64(n)})
		return
	}
	results := make([]result, len(cases))
	for i, c := range cases {
		results[i] = render(c)
	}
	_ = enc.Encode(results)
}
