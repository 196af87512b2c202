package main

import (
	"fmt"

	utiljson "k8s.io/apimachinery/pkg/util/json"

	"sigs.k8s.io/kustomize/api/krusty"
	"sigs.k8s.io/kustomize/kyaml/filesys"
)

// object is one rendered manifest, as the JSON-like map the API server would receive.
type object = map[string]interface{}

// render builds the kustomization in dir as `kubectl kustomize dir` does.
func render(dir string) ([]object, []byte, error) {
	k := krusty.MakeKustomizer(krusty.MakeDefaultOptions())
	resources, err := k.Run(filesys.MakeFsOnDisk(), dir)
	if err != nil {
		return nil, nil, fmt.Errorf("rendering %s: %w", dir, err)
	}
	var objects []object
	for _, r := range resources.Resources() {
		// Through JSON, as the API server receives it: numbers become int64 or float64.
		data, err := r.MarshalJSON()
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", r.CurId(), err)
		}
		var m object
		if err := utiljson.Unmarshal(data, &m); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", r.CurId(), err)
		}
		objects = append(objects, m)
	}
	yaml, err := resources.AsYaml()
	if err != nil {
		return nil, nil, err
	}
	return objects, yaml, nil
}

func str(m object, path ...string) string {
	var cur interface{} = m
	for _, p := range path {
		mm, ok := cur.(map[string]interface{})
		if !ok {
			return ""
		}
		cur = mm[p]
	}
	s, _ := cur.(string)
	return s
}

// describe names an object as kubectl does: Kind/name.
func describe(obj object) string {
	return fmt.Sprintf("%s/%s", str(obj, "kind"), str(obj, "metadata", "name"))
}
