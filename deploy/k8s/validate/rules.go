package main

import (
	"fmt"
	"strings"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	corev1 "k8s.io/api/core/v1"
	policyv1 "k8s.io/api/policy/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/runtime"
)

// workload is a pod template and who owns it.
type workload struct {
	id       string
	kind     string
	name     string
	template corev1.PodTemplateSpec
}

// checkRules applies the project's deployment rules across the rendered objects (issue 18).
func checkRules(objects []object) []string {
	var problems []string
	add := func(id, format string, args ...interface{}) {
		problems = append(problems, id+": "+fmt.Sprintf(format, args...))
	}
	var workloads []workload
	var pdbs []policyv1.PodDisruptionBudget
	hpas := map[string]bool{}
	secrets, configMaps := map[string]bool{}, map[string]bool{}
	kafkaClusters := map[string]bool{}
	for _, obj := range objects {
		id, name := describe(obj), str(obj, "metadata", "name")
		switch str(obj, "kind") {
		case "Deployment":
			var d appsv1.Deployment
			if convert(obj, &d) == nil {
				workloads = append(workloads, workload{id, "Deployment", name, d.Spec.Template})
			}
		case "StatefulSet":
			var s appsv1.StatefulSet
			if convert(obj, &s) == nil {
				workloads = append(workloads, workload{id, "StatefulSet", name, s.Spec.Template})
			}
		case "PodDisruptionBudget":
			var p policyv1.PodDisruptionBudget
			if convert(obj, &p) == nil {
				pdbs = append(pdbs, p)
			}
		case "HorizontalPodAutoscaler":
			var h autoscalingv2.HorizontalPodAutoscaler
			if convert(obj, &h) == nil {
				hpas[h.Spec.ScaleTargetRef.Kind+"/"+h.Spec.ScaleTargetRef.Name] = true
			}
		case "Secret":
			secrets[name] = true
		case "ConfigMap":
			configMaps[name] = true
		case "Kafka":
			kafkaClusters[name] = true
			// Strimzi writes the cluster CA's certificate for clients.
			secrets[name+"-cluster-ca-cert"] = true
		case "KafkaUser":
			// Strimzi's user operator writes each user's SCRAM password into a Secret of its name.
			secrets[name] = true
		}
	}
	for _, obj := range objects {
		if kind := str(obj, "kind"); strings.HasPrefix(kind, "Kafka") && kind != "Kafka" {
			if c := str(obj, "metadata", "labels", "strimzi.io/cluster"); !kafkaClusters[c] {
				add(describe(obj), "label strimzi.io/cluster %q names no Kafka of this deployment", c)
			}
		}
	}

	for _, w := range workloads {
		pod := w.template.Spec
		if !nonRoot(pod.SecurityContext, nil) {
			for _, c := range pod.Containers {
				if !nonRoot(nil, c.SecurityContext) {
					add(w.id, "container %s may run as root: set runAsNonRoot", c.Name)
				}
			}
		}
		for _, c := range append(append([]corev1.Container{}, pod.InitContainers...), pod.Containers...) {
			sc := c.SecurityContext
			if sc == nil || sc.ReadOnlyRootFilesystem == nil || !*sc.ReadOnlyRootFilesystem {
				add(w.id, "container %s: the root filesystem must be read-only", c.Name)
			}
			if sc == nil || sc.AllowPrivilegeEscalation == nil || *sc.AllowPrivilegeEscalation {
				add(w.id, "container %s: allowPrivilegeEscalation must be false", c.Name)
			}
			for _, r := range []corev1.ResourceName{corev1.ResourceCPU, corev1.ResourceMemory} {
				if _, ok := c.Resources.Requests[r]; !ok {
					add(w.id, "container %s has no %s request", c.Name, r)
				}
				if _, ok := c.Resources.Limits[r]; !ok {
					add(w.id, "container %s has no %s limit", c.Name, r)
				}
			}
			problems = append(problems, references(w.id, c, pod.Volumes, secrets, configMaps)...)
			for _, e := range c.Env {
				if e.Name == "MONGO_URL" && !(strings.Contains(e.Value, "w=majority") && strings.Contains(e.Value, "replicaSet=")) {
					add(w.id, "container %s: MONGO_URL must name the replica set and ask w=majority", c.Name)
				}
			}
		}
		if w.kind != "Deployment" {
			continue
		}
		for _, c := range pod.Containers {
			if path := httpPath(c.LivenessProbe); path != "/health/live" {
				add(w.id, "container %s: liveness probe must GET /health/live (has %q)", c.Name, path)
			}
			if path := httpPath(c.ReadinessProbe); path != "/health/ready" {
				add(w.id, "container %s: readiness probe must GET /health/ready (has %q)", c.Name, path)
			}
		}
		if !hpas["Deployment/"+w.name] {
			add(w.id, "no HorizontalPodAutoscaler scales it")
		}
	}
	for _, w := range workloads {
		covered := false
		for _, p := range pdbs {
			sel, err := metav1.LabelSelectorAsSelector(p.Spec.Selector)
			if err == nil && !sel.Empty() && sel.Matches(labels.Set(w.template.Labels)) {
				covered = true
			}
		}
		if !covered {
			add(w.id, "no PodDisruptionBudget selects its pods")
		}
	}
	return problems
}

func convert(obj object, into interface{}) error {
	return runtime.DefaultUnstructuredConverter.FromUnstructured(obj, into)
}

func nonRoot(pod *corev1.PodSecurityContext, c *corev1.SecurityContext) bool {
	if pod != nil && pod.RunAsNonRoot != nil {
		return *pod.RunAsNonRoot
	}
	return c != nil && c.RunAsNonRoot != nil && *c.RunAsNonRoot
}

func httpPath(p *corev1.Probe) string {
	if p == nil || p.HTTPGet == nil {
		return ""
	}
	return p.HTTPGet.Path
}

// references reports Secrets and ConfigMaps a container needs that nothing provides.
func references(id string, c corev1.Container, volumes []corev1.Volume, secrets, configMaps map[string]bool) []string {
	var problems []string
	need := func(have map[string]bool, kind, name string) {
		if !have[name] {
			problems = append(problems, fmt.Sprintf("%s: container %s needs %s %q, which nothing provides", id, c.Name, kind, name))
		}
	}
	for _, e := range c.EnvFrom {
		if e.SecretRef != nil {
			need(secrets, "Secret", e.SecretRef.Name)
		}
		if e.ConfigMapRef != nil {
			need(configMaps, "ConfigMap", e.ConfigMapRef.Name)
		}
	}
	for _, e := range c.Env {
		if e.ValueFrom != nil && e.ValueFrom.SecretKeyRef != nil {
			need(secrets, "Secret", e.ValueFrom.SecretKeyRef.Name)
		}
		if e.ValueFrom != nil && e.ValueFrom.ConfigMapKeyRef != nil {
			need(configMaps, "ConfigMap", e.ValueFrom.ConfigMapKeyRef.Name)
		}
	}
	mounted := map[string]bool{}
	for _, m := range c.VolumeMounts {
		mounted[m.Name] = true
	}
	for _, v := range volumes {
		if !mounted[v.Name] {
			continue
		}
		if v.Secret != nil {
			need(secrets, "Secret", v.Secret.SecretName)
		}
		if v.ConfigMap != nil {
			need(configMaps, "ConfigMap", v.ConfigMap.Name)
		}
	}
	return problems
}
