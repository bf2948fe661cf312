#include "ApprovalSchema.h"

#include "core/store/Dialect.h"

using namespace Qt::StringLiterals;

namespace core {

namespace {

QStringList postgresEnforcement()
{
    return {
        // The requester's role comes from the server, whatever the client sends.
        u"CREATE OR REPLACE FUNCTION switchyard_stamp_requested_role() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN NEW.requested_role := session_user; RETURN NEW; END $$"_s,
        u"CREATE TRIGGER deployments_requested_role BEFORE INSERT ON deployments "
        "FOR EACH ROW EXECUTE FUNCTION switchyard_stamp_requested_role()"_s,

        // Who asked for a deployment, and what plan, never change afterwards.
        u"CREATE OR REPLACE FUNCTION switchyard_deployment_immutable() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN IF NEW.requested_role IS DISTINCT FROM OLD.requested_role OR NEW.requested_by IS DISTINCT "
        "FROM OLD.requested_by OR NEW.plan_digest IS DISTINCT FROM OLD.plan_digest OR NEW.plan IS DISTINCT "
        "FROM OLD.plan THEN RAISE EXCEPTION 'a deployment''s requester and plan cannot change'; END IF; "
        "RETURN NEW; END $$"_s,
        u"CREATE TRIGGER deployments_immutable BEFORE UPDATE ON deployments "
        "FOR EACH ROW EXECUTE FUNCTION switchyard_deployment_immutable()"_s,

        u"CREATE OR REPLACE FUNCTION switchyard_register_identity(p_name text, p_key text, p_groups text, "
        "p_at bigint) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS "
        "$$ "
        "DECLARE v_id bigint; BEGIN "
        "IF EXISTS (SELECT 1 FROM identities WHERE db_role = session_user AND revoked_at IS NULL) THEN "
        "  RAISE EXCEPTION 'role % already has an identity; rotate its key instead', session_user "
        "  USING ERRCODE = 'P0001'; END IF; "
        "INSERT INTO identities (name, db_role, groups_list, created_at) "
        "  VALUES (p_name, session_user, p_groups, p_at) RETURNING id INTO v_id; "
        "INSERT INTO identity_keys (identity_id, public_key, valid_from) VALUES (v_id, p_key, p_at); "
        "RETURN v_id; END $$"_s,

        u"CREATE OR REPLACE FUNCTION switchyard_rotate_identity(p_name text, p_key text, p_at bigint) "
        "RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$ "
        "DECLARE v_id bigint; v_role text; BEGIN "
        "SELECT id, db_role INTO v_id, v_role FROM identities WHERE name = p_name AND revoked_at IS NULL; "
        "IF v_id IS NULL THEN RAISE EXCEPTION 'no identity %', p_name; END IF; "
        "IF v_role <> session_user THEN "
        "  RAISE EXCEPTION 'identity % belongs to role %, not %', p_name, v_role, session_user; END IF; "
        "UPDATE identity_keys SET valid_until = p_at WHERE identity_id = v_id AND valid_until IS NULL; "
        "INSERT INTO identity_keys (identity_id, public_key, valid_from) VALUES (v_id, p_key, p_at); "
        "UPDATE identities SET rotated_at = p_at WHERE id = v_id; END $$"_s,

        u"CREATE OR REPLACE FUNCTION switchyard_revoke_identity(p_name text, p_at bigint) "
        "RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$ "
        "DECLARE v_id bigint; v_role text; BEGIN "
        "SELECT id, db_role INTO v_id, v_role FROM identities WHERE name = p_name AND revoked_at IS NULL; "
        "IF v_id IS NULL THEN RAISE EXCEPTION 'no identity %', p_name; END IF; "
        "IF v_role <> session_user AND NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user "
        "  AND rolsuper) THEN RAISE EXCEPTION 'only % (or an administrator) may revoke %', v_role, p_name; "
        "END IF; "
        "UPDATE identity_keys SET valid_until = p_at WHERE identity_id = v_id AND valid_until IS NULL; "
        "UPDATE identities SET revoked_at = p_at WHERE id = v_id; END $$"_s,

        // The only way to write an approval. The signature itself is checked by every client that
        // counts it (and by audit verify); the server guarantees who recorded it and that nobody
        // approves their own deployment.
        u"CREATE OR REPLACE FUNCTION switchyard_record_approval(p_deployment bigint, p_digest text, "
        "p_decision text, p_comment text, p_signed bigint, p_expires bigint, p_key text, p_signature text, "
        "p_source text, p_recorded_by text, p_at bigint) "
        "RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$ "
        "DECLARE v_identity bigint; v_role text; v_id bigint; BEGIN "
        "SELECT i.id, i.db_role INTO v_identity, v_role FROM identity_keys k JOIN identities i "
        "  ON i.id = k.identity_id WHERE k.public_key = p_key AND i.revoked_at IS NULL; "
        "IF v_identity IS NULL THEN "
        "  RAISE EXCEPTION 'approval refused: the key belongs to no registered identity'; END IF; "
        "IF p_source = 'local' AND v_role <> session_user THEN "
        "  RAISE EXCEPTION 'approval refused: role % cannot record an approval for the identity of role % "
        "(import a signed file instead)', session_user, v_role; END IF; "
        "IF p_decision = 'approve' AND EXISTS (SELECT 1 FROM deployments d WHERE d.plan_digest = p_digest "
        "  AND (d.requested_role = v_role OR d.requested_by = (SELECT name FROM identities WHERE id = "
        "  v_identity))) THEN "
        "  RAISE EXCEPTION 'approval refused: self-approval (role % requested this deployment)', v_role; "
        "END IF; "
        "INSERT INTO approvals (deployment_id, plan_digest, identity_id, decision, comment, signed_at, "
        "  expires_at, signer_key, signature, source, recorded_by, recorded_role, recorded_at) "
        "  VALUES (p_deployment, p_digest, v_identity, p_decision, p_comment, p_signed, p_expires, p_key, "
        "  p_signature, p_source, p_recorded_by, session_user, p_at) RETURNING id INTO v_id; "
        "RETURN v_id; END $$"_s,

        u"CREATE OR REPLACE FUNCTION switchyard_notify_approval() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN PERFORM pg_notify('switchyard_approvals', NEW.plan_digest); RETURN NEW; END $$"_s,
        u"CREATE TRIGGER approvals_notify AFTER INSERT ON approvals "
        "FOR EACH ROW EXECUTE FUNCTION switchyard_notify_approval()"_s,
        u"CREATE OR REPLACE FUNCTION switchyard_notify_deployment() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN PERFORM pg_notify('switchyard_deployments', NEW.id::text); RETURN NEW; END $$"_s,
        u"CREATE TRIGGER deployments_notify AFTER INSERT OR UPDATE ON deployments "
        "FOR EACH ROW EXECUTE FUNCTION switchyard_notify_deployment()"_s,
        u"CREATE OR REPLACE FUNCTION switchyard_notify_step() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN PERFORM pg_notify('switchyard_deployments', NEW.deployment_id::text); RETURN NEW; END $$"_s,
        u"CREATE TRIGGER step_records_notify AFTER INSERT OR UPDATE ON step_records "
        "FOR EACH ROW EXECUTE FUNCTION switchyard_notify_step()"_s,

        // Members (every role but the owner) read everything and write what a deployment writes.
        u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO PUBLIC"_s,
        u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO PUBLIC"_s,
        u"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON identities, identity_keys, approvals, "
        "approval_policies, switchyard_schema FROM PUBLIC"_s,
        u"REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC"_s,
    };
}

} // namespace

QStringList approvalSchema(const Dialect &dialect)
{
    QStringList statements;
    for (const QString &t : {
             u"CREATE TABLE identities ("
             " id {{ID}}, name TEXT NOT NULL UNIQUE, db_role TEXT NOT NULL DEFAULT '',"
             " groups_list TEXT NOT NULL DEFAULT '', created_at {{BIGINT}} NOT NULL,"
             " rotated_at {{BIGINT}}, revoked_at {{BIGINT}})"_s,
             u"CREATE TABLE identity_keys ("
             " id {{ID}}, identity_id {{BIGINT}} NOT NULL REFERENCES identities(id),"
             " public_key TEXT NOT NULL UNIQUE, valid_from {{BIGINT}} NOT NULL, valid_until {{BIGINT}})"_s,
             u"CREATE TABLE approval_policies ("
             " environment_id {{BIGINT}} PRIMARY KEY REFERENCES environments(id) ON DELETE CASCADE,"
             " policy TEXT NOT NULL, updated_at {{BIGINT}} NOT NULL, updated_by TEXT NOT NULL)"_s,
             u"CREATE TABLE approvals ("
             " id {{ID}}, deployment_id {{BIGINT}} REFERENCES deployments(id), plan_digest TEXT NOT NULL,"
             " identity_id {{BIGINT}} NOT NULL REFERENCES identities(id),"
             " decision TEXT NOT NULL CHECK (decision IN ('approve', 'reject')),"
             " comment TEXT NOT NULL DEFAULT '', signed_at {{BIGINT}} NOT NULL, expires_at {{BIGINT}} NOT "
             "NULL,"
             " signer_key TEXT NOT NULL, signature TEXT NOT NULL UNIQUE,"
             " source TEXT NOT NULL CHECK (source IN ('local', 'file')), recorded_by TEXT NOT NULL,"
             " recorded_role TEXT NOT NULL DEFAULT '', recorded_at {{BIGINT}} NOT NULL,"
             " UNIQUE (plan_digest, identity_id, decision))"_s,
             u"CREATE INDEX approvals_by_digest ON approvals (plan_digest)"_s,
             u"ALTER TABLE deployments ADD COLUMN requested_role TEXT NOT NULL DEFAULT ''"_s,
         })
        statements << dialect.expand(t);
    statements << dialect.appendOnly(u"approvals"_s);
    if (dialect.kind() == Dialect::Kind::PostgreSQL) {
        statements << postgresEnforcement();
    } else {
        statements
            << u"CREATE TRIGGER approvals_no_self_approval BEFORE INSERT ON approvals "
               "WHEN NEW.decision = 'approve' AND EXISTS (SELECT 1 FROM deployments d JOIN identities i "
               "ON i.id = NEW.identity_id WHERE d.plan_digest = NEW.plan_digest AND d.requested_by = i.name) "
               "BEGIN SELECT RAISE(ABORT, 'approval refused: self-approval'); END"_s;
    }
    return statements;
}

} // namespace core
