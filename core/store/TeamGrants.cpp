#include "TeamGrants.h"

#include "core/store/Dialect.h"

using namespace Qt::StringLiterals;

namespace core {

QStringList teamGrants(const Dialect &dialect)
{
    if (dialect.kind() != Dialect::Kind::PostgreSQL)
        return {};
    return {
        u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO PUBLIC"_s,
        u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO PUBLIC"_s,
        // The protected tables (those an earlier migration has created so far).
        u"DO $$ DECLARE t text; BEGIN "
        "FOREACH t IN ARRAY ARRAY['identities', 'identity_keys', 'approvals', 'approval_policies', "
        "'switchyard_schema'] LOOP "
        "  IF to_regclass(t) IS NOT NULL THEN "
        "    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %I FROM PUBLIC', t); END IF; "
        "END LOOP; "
        "IF to_regclass('audit_log') IS NOT NULL THEN "
        "  REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC; END IF; "
        "END $$"_s,
    };
}

} // namespace core
