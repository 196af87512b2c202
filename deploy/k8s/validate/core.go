package main

import (
	"encoding/json"
	"fmt"

	apivalidation "k8s.io/apimachinery/pkg/api/validation"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	kjson "k8s.io/apimachinery/pkg/runtime/serializer/json"
	"k8s.io/apimachinery/pkg/util/validation/field"
	"k8s.io/client-go/kubernetes/scheme"
)

// strict decodes into the registered k8s.io/api type and reports unknown or duplicated fields.
var strict = kjson.NewSerializerWithOptions(kjson.DefaultMetaFactory, scheme.Scheme, scheme.Scheme,
	kjson.SerializerOptions{Strict: true})

// validateCore checks an object of a kind the Kubernetes API serves (apps/v1 Deployment, ...).
func validateCore(obj object) []string {
	data, err := json.Marshal(obj)
	if err != nil {
		return []string{err.Error()}
	}
	decoded, _, err := strict.Decode(data, nil, nil)
	switch {
	case runtime.IsNotRegisteredError(err):
		return []string{fmt.Sprintf("unknown kind %s %s: neither a Kubernetes kind nor one of the vendored CRDs", str(obj, "apiVersion"), str(obj, "kind"))}
	case runtime.IsStrictDecodingError(err):
		strictErr, _ := runtime.AsStrictDecodingError(err)
		var problems []string
		for _, e := range strictErr.Errors() {
			problems = append(problems, e.Error())
		}
		return problems
	case err != nil:
		return []string{err.Error()}
	}
	accessor, ok := decoded.(metav1.ObjectMetaAccessor)
	if !ok {
		return []string{"has no object metadata"}
	}
	return metadataProblems(accessor, str(obj, "kind") != "Namespace")
}

// metadataProblems validates name, namespace, labels and annotations as the API server does.
func metadataProblems(accessor metav1.ObjectMetaAccessor, namespaced bool) []string {
	errs := apivalidation.ValidateObjectMetaAccessor(accessor.GetObjectMeta(), namespaced,
		apivalidation.NameIsDNSSubdomain, field.NewPath("metadata"))
	var problems []string
	for _, e := range errs {
		problems = append(problems, e.Error())
	}
	return problems
}
