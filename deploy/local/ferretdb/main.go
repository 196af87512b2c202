// Command ferretdb-runner runs FerretDB 1.24.2 (a MongoDB-compatible server) on its PostgreSQL
// backend, for local development and tests. deploy/local/stack.sh starts the PostgreSQL cluster
// (under .stack/) first and passes its URL.
//
// Why a wrapper instead of `go install github.com/FerretDB/FerretDB/cmd/ferretdb`: that binary
// panics at start because build/version demands a version.txt that the published module lacks
// whenever the main module is github.com/FerretDB/FerretDB itself (FerretDB issue 2982). With
// our own main module the check is skipped.
//
// Flags (each has an environment variable fallback):
//
//	-listen-addr  FERRETDB_LISTEN_ADDR  TCP address to listen on (default 127.0.0.1:27017)
//	-postgresql-url FERRETDB_POSTGRESQL_URL  the PostgreSQL database FerretDB keeps its data in,
//	                                       e.g. postgres://postgres@127.0.0.1:55432/ferretdb
//	-log-level    FERRETDB_LOG_LEVEL    debug, info, warn or error (default info)
//
// Health check (used by deploy/local/stack.sh to wait for readiness):
//
//	ferretdb -ping 127.0.0.1:27017
//
// connects with the MongoDB Go driver FerretDB already links, runs a count on a small database
// (which touches the PostgreSQL backend, unlike hello/ping) and exits 0 on success, 1 otherwise.
//
// Telemetry: the embeddable package disables (and locks) telemetry itself; there is no reporter.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

func envOr(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}

func parseLevel(s string) (slog.Level, error) {
	var l slog.Level
	err := l.UnmarshalText([]byte(strings.ToUpper(s)))
	return l, err
}

// ping checks that a FerretDB (or MongoDB) server at addr answers a command that needs its
// storage backend.
func ping(addr string, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()

	opts := options.Client().
		ApplyURI("mongodb://" + addr + "/?directConnection=true&retryWrites=false").
		SetServerSelectionTimeout(timeout).
		SetConnectTimeout(timeout)

	client, err := mongo.Connect(ctx, opts)
	if err != nil {
		return err
	}
	// No client.Disconnect: it sends endSessions, which FerretDB 1.x does not know and logs as a
	// warning on every probe. The process exits right after, which closes the sockets.

	// A count on a small, fixed database: it touches the PostgreSQL backend and, unlike listDatabases,
	// does not slow down as test databases pile up.
	cmd := bson.D{{Key: "count", Value: "ready"}}
	return client.Database("stack_health").RunCommand(ctx, cmd).Err()
}

func run() error {
	pingAddr := flag.String("ping", "", "health check: run a count against this address and exit")
	pingTimeout := flag.Duration("ping-timeout", 2*time.Second, "timeout for -ping")
	listenAddr := flag.String("listen-addr", envOr("FERRETDB_LISTEN_ADDR", "127.0.0.1:27017"), "TCP listen address")
	pgURL := flag.String("postgresql-url", envOr("FERRETDB_POSTGRESQL_URL", ""), "PostgreSQL URL of the backend database")
	logLevel := flag.String("log-level", envOr("FERRETDB_LOG_LEVEL", "info"), "log level: debug, info, warn, error")
	flag.Parse()

	if flag.NArg() > 0 {
		return fmt.Errorf("unexpected arguments: %v", flag.Args())
	}

	if *pingAddr != "" {
		return ping(*pingAddr, *pingTimeout)
	}

	level, err := parseLevel(*logLevel)
	if err != nil {
		return fmt.Errorf("bad -log-level %q: %w", *logLevel, err)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	slog.SetDefault(logger)

	if *pgURL == "" {
		return errors.New("-postgresql-url (or FERRETDB_POSTGRESQL_URL) is required")
	}
	u, err := url.Parse(*pgURL)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		return fmt.Errorf("-postgresql-url %q is not a postgres:// URL", *pgURL)
	}

	logger.Info("ferretdb-runner starting", "listen", *listenAddr, "postgresql", u.Redacted(), "pid", os.Getpid())

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:      ferretdb.ListenerConfig{TCP: *listenAddr},
		Logger:        logger,
		Handler:       "postgresql",
		PostgreSQLURL: *pgURL,
	})
	if err != nil {
		return err
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	if err := f.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
		return err
	}

	logger.Info("ferretdb-runner stopped")
	return nil
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "ferretdb-runner:", err)
		os.Exit(1)
	}
}
