package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"k8s.io/apiextensions-apiserver/pkg/apis/apiextensions"
	apiextensionsv1 "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1"
	structuralschema "k8s.io/apiextensions-apiserver/pkg/apiserver/schema"
	"k8s.io/apiextensions-apiserver/pkg/apiserver/schema/objectmeta"
	"k8s.io/apiextensions-apiserver/pkg/apiserver/schema/pruning"
	"k8s.io/apiextensions-apiserver/pkg/apiserver/validation"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"sigs.k8s.io/yaml"
)

// crdVersion is one served version of a custom resource, ready to validate objects.
type crdVersion struct {
	namespaced bool
	structural *structuralschema.Structural
	validator  validation.SchemaValidator
}

type crdSet map[string]*crdVersion // key: apiVersion + " " + kind

func (s crdSet) lookup(obj object) (*crdVersion, bool) {
	v, ok := s[str(obj, "apiVersion")+" "+str(obj, "kind")]
	return v, ok
}

// loadCRDs reads every CustomResourceDefinition in dir (*.yaml).
func loadCRDs(dir string) (crdSet, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no CRD files in %s", dir)
	}
	set := crdSet{}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		var crd apiextensionsv1.CustomResourceDefinition
		if err := yaml.UnmarshalStrict(data, &crd); err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
		for _, v := range crd.Spec.Versions {
			if !v.Served || v.Schema == nil || v.Schema.OpenAPIV3Schema == nil {
				continue
			}
			var internal apiextensions.JSONSchemaProps
			if err := apiextensionsv1.Convert_v1_JSONSchemaProps_To_apiextensions_JSONSchemaProps(v.Schema.OpenAPIV3Schema, &internal, nil); err != nil {
				return nil, fmt.Errorf("%s %s: %w", file, v.Name, err)
			}
			structural, err := structuralschema.NewStructural(&internal)
			if err != nil {
				return nil, fmt.Errorf("%s %s: not a structural schema: %w", file, v.Name, err)
			}
			validator, _, err := validation.NewSchemaValidator(&internal)
			if err != nil {
				return nil, fmt.Errorf("%s %s: %w", file, v.Name, err)
			}
			key := crd.Spec.Group + "/" + v.Name + " " + crd.Spec.Names.Kind
			set[key] = &crdVersion{
				namespaced: crd.Spec.Scope == apiextensionsv1.NamespaceScoped,
				structural: structural,
				validator:  validator,
			}
		}
	}
	return set, nil
}

// validate checks a custom resource as the API server would with strict field validation: the
// schema's types, formats, enums and required fields, and no field the schema does not know.
func (c *crdVersion) validate(obj object) []string {
	var problems []string
	pruned := runtime.DeepCopyJSON(obj)
	unknown := pruning.PruneWithOptions(pruned, c.structural, true,
		structuralschema.UnknownFieldPathOptions{TrackUnknownFieldPaths: true})
	for _, path := range unknown {
		problems = append(problems, fmt.Sprintf("unknown field %q", path))
	}
	errs := validation.ValidateCustomResource(nil, obj, c.validator)
	errs = append(errs, objectmeta.Validate(context.Background(), nil, obj, c.structural, true)...)
	for _, e := range errs {
		problems = append(problems, e.Error())
	}
	// Metadata is the API server's own type for every kind: decode it strictly and validate it.
	data, _ := json.Marshal(obj["metadata"])
	var meta metav1.ObjectMeta
	if err := yaml.UnmarshalStrict(data, &meta); err != nil {
		problems = append(problems, "metadata: "+err.Error())
	} else {
		problems = append(problems, metadataProblems(&meta, c.namespaced)...)
	}
	return problems
}
