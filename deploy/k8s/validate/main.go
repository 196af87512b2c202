// Command validate renders a kustomization (deploy/k8s/overlays/production by default) and checks
// every object it yields, offline:
//
//   - Kubernetes kinds decode strictly into their k8s.io/api types (an unknown or duplicated
//     field, a wrong type, a malformed quantity fails) and their metadata is valid;
//   - Strimzi kinds validate against the CRD schemas vendored in crds/ (the structural schema's
//     types, enums, required fields, and no field the schema does not know);
//   - the project's own rules (rules.go): probes, resources, non-root read-only containers,
//     a PodDisruptionBudget and an autoscaler per Deployment, w=majority, references that resolve.
//
// Exit status 0 when everything is valid, 1 with one line per problem otherwise, 2 on bad usage.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

func main() {
	dir := flag.String("dir", "deploy/k8s/overlays/production", "the kustomization to render")
	crdDir := flag.String("crds", "", "folder of CustomResourceDefinition YAML files (default: crds/ beside this tool's source)")
	out := flag.String("o", "", "also write the rendered manifests to this file")
	flag.Parse()
	if *crdDir == "" {
		*crdDir = filepath.Join(filepath.Dir(*dir), "..", "validate", "crds")
		if _, err := os.Stat(*crdDir); err != nil {
			*crdDir = "deploy/k8s/validate/crds"
		}
	}
	problems, count, err := run(*dir, *crdDir, *out)
	if err != nil {
		fmt.Fprintf(os.Stderr, "k8s-validate: %v\n", err)
		os.Exit(1)
	}
	sort.Strings(problems)
	for _, p := range problems {
		fmt.Println(p)
	}
	if len(problems) > 0 {
		fmt.Printf("k8s-validate: %d problem(s) in %d objects of %s\n", len(problems), count, *dir)
		os.Exit(1)
	}
	fmt.Printf("k8s-validate: %d objects of %s are valid\n", count, *dir)
}

// run renders dir and returns every problem found, and how many objects were checked.
func run(dir, crdDir, out string) ([]string, int, error) {
	crds, err := loadCRDs(crdDir)
	if err != nil {
		return nil, 0, err
	}
	objects, rendered, err := render(dir)
	if err != nil {
		return nil, 0, err
	}
	if out != "" {
		if err := os.WriteFile(out, rendered, 0o644); err != nil {
			return nil, 0, err
		}
	}
	var problems []string
	for _, obj := range objects {
		id := describe(obj)
		var errs []string
		if crd, ok := crds.lookup(obj); ok {
			errs = crd.validate(obj)
		} else {
			errs = validateCore(obj)
		}
		for _, e := range errs {
			problems = append(problems, fmt.Sprintf("%s: %s", id, e))
		}
	}
	problems = append(problems, checkRules(objects)...)
	return problems, len(objects), nil
}
