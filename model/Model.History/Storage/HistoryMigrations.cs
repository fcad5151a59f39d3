namespace Mlops.Model.History.Storage;

/// <summary>
/// The schema, as the list of its migrations. The SQL is the common subset of SQLite and PostgreSQL: text ids,
/// times as ISO 8601 UTC text (they sort as times), DOUBLE PRECISION numbers (NULL where undefined), 0/1 flags.
/// </summary>
public static class HistoryMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "runs, steps, data profiles, metrics, verdicts with checks, drift, deployments, monitor ledger", """
            CREATE TABLE runs (
                run_id TEXT PRIMARY KEY,
                model_id TEXT NOT NULL,
                target TEXT NOT NULL,
                version TEXT NOT NULL,
                commit_sha TEXT NOT NULL,
                run_url TEXT NULL,
                started_at TEXT NOT NULL,
                finished_at TEXT NULL,
                outcome TEXT NULL
            );
            CREATE INDEX runs_by_model ON runs (model_id, started_at);
            CREATE TABLE steps (
                run_id TEXT NOT NULL REFERENCES runs (run_id),
                position INTEGER NOT NULL,
                step TEXT NOT NULL,
                started_at TEXT NOT NULL,
                seconds DOUBLE PRECISION NOT NULL,
                outcome TEXT NOT NULL,
                PRIMARY KEY (run_id, position)
            );
            CREATE TABLE data_sets (
                run_id TEXT NOT NULL REFERENCES runs (run_id),
                subject TEXT NOT NULL,
                source TEXT NOT NULL,
                row_count BIGINT NOT NULL,
                positive_rate DOUBLE PRECISION NULL,
                PRIMARY KEY (run_id, subject)
            );
            CREATE TABLE data_columns (
                run_id TEXT NOT NULL,
                subject TEXT NOT NULL,
                column_name TEXT NOT NULL,
                kind TEXT NOT NULL,
                present BIGINT NOT NULL,
                missing BIGINT NOT NULL,
                mean DOUBLE PRECISION NULL,
                median DOUBLE PRECISION NULL,
                std DOUBLE PRECISION NULL,
                min_value DOUBLE PRECISION NULL,
                max_value DOUBLE PRECISION NULL,
                PRIMARY KEY (run_id, subject, column_name),
                FOREIGN KEY (run_id, subject) REFERENCES data_sets (run_id, subject)
            );
            CREATE TABLE metrics (
                run_id TEXT NOT NULL REFERENCES runs (run_id),
                subject TEXT NOT NULL,
                metric TEXT NOT NULL,
                value DOUBLE PRECISION NULL,
                lower_bound DOUBLE PRECISION NULL,
                upper_bound DOUBLE PRECISION NULL,
                limit_min DOUBLE PRECISION NULL,
                limit_max DOUBLE PRECISION NULL,
                PRIMARY KEY (run_id, subject, metric)
            );
            CREATE TABLE verdicts (
                run_id TEXT NOT NULL REFERENCES runs (run_id),
                subject TEXT NOT NULL,
                kind TEXT NOT NULL,
                model_version TEXT NOT NULL,
                status TEXT NOT NULL,
                row_count BIGINT NULL,
                detail TEXT NULL,
                decided_at TEXT NOT NULL,
                PRIMARY KEY (run_id, subject)
            );
            CREATE TABLE checks (
                run_id TEXT NOT NULL,
                subject TEXT NOT NULL,
                position INTEGER NOT NULL,
                check_name TEXT NOT NULL,
                value TEXT NOT NULL,
                bound TEXT NOT NULL,
                verdict TEXT NOT NULL,
                PRIMARY KEY (run_id, subject, position),
                FOREIGN KEY (run_id, subject) REFERENCES verdicts (run_id, subject)
            );
            CREATE TABLE drift (
                run_id TEXT NOT NULL REFERENCES runs (run_id),
                subject TEXT NOT NULL,
                feature TEXT NOT NULL,
                psi DOUBLE PRECISION NULL,
                psi_limit DOUBLE PRECISION NULL,
                test TEXT NOT NULL,
                test_value DOUBLE PRECISION NULL,
                test_limit DOUBLE PRECISION NULL,
                drifted INTEGER NOT NULL,
                PRIMARY KEY (run_id, subject, feature)
            );
            CREATE TABLE deployments (
                run_id TEXT NOT NULL REFERENCES runs (run_id),
                environment TEXT NOT NULL,
                model_id TEXT NOT NULL,
                version TEXT NOT NULL,
                target TEXT NOT NULL,
                deployed_at TEXT NOT NULL,
                PRIMARY KEY (run_id, environment)
            );
            CREATE TABLE monitor_batches (
                sha256 TEXT NOT NULL,
                file_name TEXT NOT NULL,
                verdict TEXT NOT NULL,
                processed_at TEXT NOT NULL,
                run_id TEXT NULL REFERENCES runs (run_id),
                PRIMARY KEY (sha256, processed_at)
            );
            CREATE TABLE monitor_alert_history (
                model_id TEXT PRIMARY KEY,
                marker TEXT NOT NULL,
                updated_at TEXT NOT NULL
            );
            """),
    ];
}
