package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"helm.sh/helm/v4/pkg/strvals"
)

func tag(v any) any {
	switch x := v.(type) {
	case map[string]any:
		m := map[string]any{}
		for k, e := range x {
			m[k] = tag(e)
		}
		return m
	case []any:
		l := make([]any, len(x))
		for i, e := range x {
			l[i] = tag(e)
		}
		return l
	case int64:
		return fmt.Sprintf("int64:%d", x)
	case float64:
		return fmt.Sprintf("float64:%v", x)
	case string:
		return "string:" + x
	case bool:
		return fmt.Sprintf("bool:%v", x)
	case nil:
		return nil
	}
	return fmt.Sprintf("%T:%v", v, v)
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		line := sc.Text()
		kind, expr, _ := strings.Cut(line, " ")
		dest := map[string]any{}
		var err error
		switch kind {
		case "set":
			err = strvals.ParseInto(expr, dest)
		case "string":
			err = strvals.ParseIntoString(expr, dest)
		case "json":
			err = strvals.ParseJSON(expr, dest)
		case "literal":
			err = strvals.ParseLiteralInto(expr, dest)
		}
		out := map[string]any{"values": tag(dest)}
		if err != nil {
			out["error"] = err.Error()
		}
		b, _ := json.Marshal(out)
		fmt.Println(string(b))
	}
}
