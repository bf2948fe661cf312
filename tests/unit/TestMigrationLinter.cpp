// The migration linter against a corpus of .sql files (tests/unit/migrations/) whose comments
// state the expected findings, plus the fields of each rule and the CLI's exit codes and JSON.
//   -- expect: LINE:COLUMN SEVERITY RULE     (one per finding; "-- expect: none" for a clean file)
//   -- expect-error: LINE:COLUMN             (the file does not parse)
//   -- options: contract                     (lint as a contract release)
// A folder in the corpus is one migration set, linted file after file in name order.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "core/policy/MigrationLinter.h"

using namespace Qt::StringLiterals;

class TestMigrationLinter : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    QString m_corpus;

    static QString describe(const core::MigrationFinding &f)
    {
        return u"%1 %2:%3 %4 %5"_s.arg(QFileInfo(f.file).fileName())
            .arg(f.line)
            .arg(f.column)
            .arg(core::findingSeverityToString(f.severity), f.rule);
    }

    static core::MigrationFinding only(const QByteArray &sql, const QString &rule, bool contract = false)
    {
        core::MigrationLinter linter(core::MigrationLinter::Options{contract});
        auto report = linter.lintSource(u"inline.sql"_s, sql);
        if (!report.ok())
            return {};
        for (const core::MigrationFinding &f : report->findings) {
            if (f.rule == rule)
                return f;
        }
        return {};
    }

    Run cli(const QStringList &args) const
    {
        QProcess p;
        p.start(qEnvironmentVariable("SWITCHYARD_BIN_DIR") + u"/switchyard"_s, args);
        Run r;
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_corpus = QFINDTESTDATA("migrations");
        QVERIFY2(QFileInfo(m_corpus).isDir(), "tests/unit/migrations not found");
    }

    void testCorpus_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(m_corpus);
        const QStringList entries = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name) +
                                    dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(entries.size() >= 30);
        for (const QString &entry : entries)
            QTest::newRow(qPrintable(entry)) << dir.filePath(entry);
    }

    void testCorpus()
    {
        QFETCH(QString, path);
        QStringList expected;
        QStringList expectedErrors;
        bool contract = false;
        bool sawExpectation = false;
        const QStringList files = core::MigrationLinter::migrationFiles(path);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString name = QFileInfo(file).fileName();
            for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
                if (line.startsWith(u"-- expect: none"_s)) {
                    sawExpectation = true;
                } else if (line.startsWith(u"-- expect: "_s)) {
                    sawExpectation = true;
                    expected.append(name + u' ' + line.mid(11).trimmed());
                } else if (line.startsWith(u"-- expect-error: "_s)) {
                    sawExpectation = true;
                    expectedErrors.append(name + u':' + line.mid(17).trimmed() + u':');
                } else if (line.startsWith(u"-- options: contract"_s)) {
                    contract = true;
                }
            }
        }
        QVERIFY2(sawExpectation, "every corpus file states what it expects");

        core::MigrationLinter linter(core::MigrationLinter::Options{contract});
        QStringList actual;
        QStringList actualErrors;
        for (const QString &file : files) {
            auto report = linter.lintFile(file);
            if (!report.ok()) {
                QCOMPARE(report.error().code, u"migration.syntax"_s);
                // The message starts with file:line:column.
                const QString message = report.error().message;
                QVERIFY2(message.startsWith(file + u':'), qPrintable(message));
                actualErrors.append(QFileInfo(file).fileName() +
                                    message.mid(file.size()).section(u' ', 0, 0));
                continue;
            }
            for (const core::MigrationFinding &finding : report->findings)
                actual.append(describe(finding));
        }
        expected.sort();
        actual.sort();
        QCOMPARE(actual, expected);
        QCOMPARE(actualErrors, expectedErrors);
    }

    void testFindingFields_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("lock");
        QTest::addColumn<bool>("rewrites");
        QTest::addColumn<bool>("breaksOldCode");

        const QString ae = u"ACCESS EXCLUSIVE"_s;
        QTest::newRow("drop column") << "ALTER TABLE t DROP COLUMN c;"_ba << u"drop-column"_s << u"error"_s
                                     << ae << false << true;
        QTest::newRow("drop table") << "DROP TABLE t;"_ba << u"drop-table"_s << u"error"_s << ae << false
                                    << true;
        QTest::newRow("drop function")
            << "DROP FUNCTION f();"_ba << u"drop-function"_s << u"error"_s << ae << false << true;
        QTest::newRow("rename column")
            << "ALTER TABLE t RENAME c TO d;"_ba << u"rename-column"_s << u"error"_s << ae << false << true;
        QTest::newRow("rename table")
            << "ALTER TABLE t RENAME TO u;"_ba << u"rename-table"_s << u"error"_s << ae << false << true;
        QTest::newRow("change type") << "ALTER TABLE t ALTER c TYPE text;"_ba << u"change-column-type"_s
                                     << u"error"_s << ae << true << true;
        QTest::newRow("set not null") << "ALTER TABLE t ALTER c SET NOT NULL;"_ba << u"set-not-null"_s
                                      << u"error"_s << ae << false << true;
        QTest::newRow("volatile default")
            << "ALTER TABLE t ADD c uuid DEFAULT gen_random_uuid();"_ba << u"add-column-volatile-default"_s
            << u"error"_s << ae << true << false;
        QTest::newRow("identity column")
            << "ALTER TABLE t ADD id int GENERATED ALWAYS AS IDENTITY;"_ba << u"add-column-volatile-default"_s
            << u"error"_s << ae << true << false;
        QTest::newRow("required column") << "ALTER TABLE t ADD c int NOT NULL;"_ba << u"add-required-column"_s
                                         << u"error"_s << ae << false << true;
        QTest::newRow("index") << "CREATE INDEX ON t (c);"_ba << u"create-index-non-concurrent"_s
                               << u"error"_s << u"SHARE"_s << false << false;
        QTest::newRow("foreign key") << "ALTER TABLE t ADD FOREIGN KEY (c) REFERENCES u (id);"_ba
                                     << u"add-foreign-key"_s << u"error"_s << u"SHARE ROW EXCLUSIVE"_s
                                     << false << false;
        QTest::newRow("foreign key on new column")
            << "ALTER TABLE t ADD c int REFERENCES u (id);"_ba << u"add-foreign-key"_s << u"error"_s
            << u"SHARE ROW EXCLUSIVE"_s << false << false;
        QTest::newRow("check") << "ALTER TABLE t ADD CHECK (c > 0);"_ba << u"add-check-constraint"_s
                               << u"error"_s << ae << false << false;
        QTest::newRow("unique") << "ALTER TABLE t ADD UNIQUE (c);"_ba << u"add-unique-constraint"_s
                                << u"error"_s << ae << false << false;
        QTest::newRow("primary key") << "ALTER TABLE t ADD PRIMARY KEY (c);"_ba << u"add-primary-key"_s
                                     << u"error"_s << ae << false << false;
        QTest::newRow("truncate") << "TRUNCATE t;"_ba << u"truncate"_s << u"error"_s << ae << false << true;
        QTest::newRow("unbounded update") << "UPDATE t SET c = 1;"_ba << u"unbounded-update"_s << u"error"_s
                                          << u"ROW EXCLUSIVE"_s << true << false;
        QTest::newRow("missing lock_timeout") << "ALTER TABLE t ADD c int;"_ba << u"missing-lock-timeout"_s
                                              << u"warning"_s << ae << false << false;
        QTest::newRow("concurrently in transaction")
            << "BEGIN; CREATE INDEX CONCURRENTLY ON t (c); COMMIT;"_ba << u"concurrently-in-transaction"_s
            << u"error"_s << u"SHARE UPDATE EXCLUSIVE"_s << false << false;
        QTest::newRow("do block") << "DO $$ BEGIN NULL; END $$;"_ba << u"do-block"_s << u"info"_s << QString()
                                  << false << false;
        QTest::newRow("drop index") << "DROP INDEX i;"_ba << u"drop-index-non-concurrent"_s << u"warning"_s
                                    << ae << false << false;
        QTest::newRow("vacuum full") << "VACUUM FULL t;"_ba << u"vacuum-full"_s << u"error"_s << ae << true
                                     << false;
        QTest::newRow("cluster") << "CLUSTER t USING i;"_ba << u"cluster"_s << u"error"_s << ae << true
                                 << false;
        QTest::newRow("reindex") << "REINDEX TABLE t;"_ba << u"reindex-non-concurrent"_s << u"error"_s
                                 << u"SHARE"_s << false << false;
        QTest::newRow("drop index concurrently in transaction")
            << "BEGIN; DROP INDEX CONCURRENTLY i; COMMIT;"_ba << u"concurrently-in-transaction"_s
            << u"error"_s << u"SHARE UPDATE EXCLUSIVE"_s << false << false;
    }

    void testFindingFields()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, rule);
        QFETCH(QString, severity);
        QFETCH(QString, lock);
        QFETCH(bool, rewrites);
        QFETCH(bool, breaksOldCode);
        const core::MigrationFinding f = only(sql, rule);
        QCOMPARE(f.rule, rule);
        QCOMPARE(core::findingSeverityToString(f.severity), severity);
        QCOMPARE(f.lock, lock);
        QCOMPARE(f.rewrites, rewrites);
        QCOMPARE(f.breaksOldCode, breaksOldCode);
        QVERIFY(!f.message.isEmpty());
        QVERIFY(!f.suggestion.isEmpty());
        // The statement's own text: without a BEGIN/COMMIT around it and without its ';'.
        const QString text = QString::fromUtf8(sql);
        const QString expected = rule == u"concurrently-in-transaction" ? text.section(u';', 1, 1).trimmed()
                                                                        : text.left(text.lastIndexOf(u';'));
        QCOMPARE(f.statement, expected);
    }

    void testContractReleaseDowngradesBreakingOnly_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("expand");
        QTest::addColumn<QString>("contract");
        QTest::newRow("drop column") << "ALTER TABLE t DROP COLUMN c;"_ba << u"drop-column"_s << u"error"_s
                                     << u"info"_s;
        QTest::newRow("rewrite still counts")
            << "ALTER TABLE t ALTER c TYPE text;"_ba << u"change-column-type"_s << u"error"_s << u"error"_s;
        QTest::newRow("scan still counts")
            << "ALTER TABLE t ALTER c SET NOT NULL;"_ba << u"set-not-null"_s << u"error"_s << u"error"_s;
        QTest::newRow("lock still counts")
            << "ALTER TABLE t DROP COLUMN c;"_ba << u"missing-lock-timeout"_s << u"warning"_s << u"warning"_s;
    }

    void testContractReleaseDowngradesBreakingOnly()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, rule);
        QFETCH(QString, expand);
        QFETCH(QString, contract);
        QCOMPARE(core::findingSeverityToString(only(sql, rule, false).severity), expand);
        QCOMPARE(core::findingSeverityToString(only(sql, rule, true).severity), contract);
    }

    void testClassification_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<core::MigrationKind>("kind");
        QTest::newRow("add column") << "SET lock_timeout='1s'; ALTER TABLE t ADD c int;"_ba
                                    << core::MigrationKind::Expand;
        QTest::newRow("index build is not breaking")
            << "CREATE INDEX ON t (c);"_ba << core::MigrationKind::Expand;
        QTest::newRow("drop column") << "ALTER TABLE t DROP c;"_ba << core::MigrationKind::Contract;
        QTest::newRow("rename") << "ALTER TABLE t RENAME TO u;"_ba << core::MigrationKind::Contract;
    }

    void testClassification()
    {
        QFETCH(QByteArray, sql);
        QFETCH(core::MigrationKind, kind);
        core::MigrationLinter linter;
        auto report = linter.lintSource(u"x.sql"_s, sql);
        QVERIFY(report.ok());
        QCOMPARE(report->kind, kind);
    }

    void testStatementTextSkipsLeadingComments()
    {
        core::MigrationLinter linter;
        auto report = linter.lintSource(u"x.sql"_s, "SELECT 1; -- note\n  /* why */ DROP TABLE t ;\n"_ba);
        QVERIFY(report.ok());
        QVERIFY(!report->findings.isEmpty());
        const core::MigrationFinding &f = report->findings.first();
        QCOMPARE(f.statement, u"DROP TABLE t"_s);
        QCOMPARE(f.line, 2);
        QCOMPARE(f.column, 13);
    }

    void testSyntaxErrors_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("where");
        QTest::newRow("second line") << "SELECT 1;\nDROP TABLEE t;"_ba << u"e.sql:2:6:"_s;
        QTest::newRow("after multibyte text") << "SELECT 'äöü' FRM t;"_ba << u"e.sql:1:18:"_s;
        QTest::newRow("unterminated dollar quote") << "SELECT 1;\nDO $$ BEGIN"_ba << u"e.sql:2:4:"_s;
    }

    void testSyntaxErrors()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, where);
        core::MigrationLinter linter;
        auto report = linter.lintSource(u"e.sql"_s, sql);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, u"migration.syntax"_s);
        QVERIFY2(report.error().message.startsWith(where), qPrintable(report.error().message));
    }

    void testCliExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("clean file") << QStringList{u"create_index_concurrently.sql"_s} << 0;
        QTest::newRow("warnings only") << QStringList{u"lock_timeout_missing.sql"_s} << 0;
        QTest::newRow("error finding") << QStringList{u"drop_column.sql"_s} << 1;
        QTest::newRow("contract release") << QStringList{u"--contract"_s, u"drop_column.sql"_s} << 0;
        QTest::newRow("set folder") << QStringList{u"set_created_earlier"_s} << 1;
        QTest::newRow("syntax error") << QStringList{u"syntax_error.sql"_s, u"drop_column.sql"_s} << 2;
        QTest::newRow("missing file") << QStringList{u"does_not_exist.sql"_s} << 2;
    }

    void testCliExitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QStringList full{u"migrations"_s, u"lint"_s};
        for (const QString &a : args)
            full.append(a.startsWith(u"--"_s) ? a : m_corpus + u'/' + a);
        const Run r = cli(full);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.err + QString::fromUtf8(r.out)));
        if (exitCode == 2)
            QVERIFY2(r.err.contains(u".sql:"_s), qPrintable(r.err));
        if (args.contains(u"syntax_error.sql"_s))
            QVERIFY2(r.err.contains(u"syntax_error.sql:4:17:"_s), qPrintable(r.err));
    }

    void testCliHumanOutput()
    {
        const QString file = m_corpus + u"/drop_table.sql"_s;
        const Run r = cli({u"migrations"_s, u"lint"_s, file});
        QCOMPARE(r.exitCode, 1);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(file + u":4:1: error [drop-table] "_s), qPrintable(out));
        QVERIFY2(out.contains(u"\n    "_s), qPrintable(out)); // the suggestion, indented
        QVERIFY2(out.contains(u"errors: 1"_s), qPrintable(out));
    }

    void testCliJson()
    {
        const Run r = cli({u"migrations"_s, u"lint"_s, u"--json"_s, m_corpus + u"/set_created_earlier"_s});
        QCOMPARE(r.exitCode, 1);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(doc.isArray(), qPrintable(error.errorString() + u'\n' + QString::fromUtf8(r.out)));
        const QJsonArray findings = doc.array();
        QCOMPARE(findings.size(), 1);
        const QJsonObject f = findings.first().toObject();
        QStringList keys = f.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"breaks_old_code"_s, u"column"_s, u"file"_s, u"line"_s, u"lock"_s,
                                    u"message"_s, u"rewrites"_s, u"rule"_s, u"severity"_s, u"statement"_s,
                                    u"suggestion"_s}));
        QVERIFY(f.value(u"file"_s).toString().endsWith(u"002_use.sql"_s));
        QCOMPARE(f.value(u"line"_s).toInt(), 7);
        QCOMPARE(f.value(u"column"_s).toInt(), 1);
        QCOMPARE(f.value(u"rule"_s).toString(), u"add-column-volatile-default"_s);
        QCOMPARE(f.value(u"severity"_s).toString(), u"error"_s);
        QCOMPARE(f.value(u"lock"_s).toString(), u"ACCESS EXCLUSIVE"_s);
        QCOMPARE(f.value(u"rewrites"_s).toBool(), true);
        QCOMPARE(f.value(u"breaks_old_code"_s).toBool(), false);
        QCOMPARE(f.value(u"statement"_s).toString(),
                 u"ALTER TABLE shop.orders ADD COLUMN token text DEFAULT shop.cart_token()"_s);
    }

    // The CLI writes findings with appendCompactJson, not QJsonDocument: the bytes must be the same,
    // whatever the strings hold.
    void testCompactJsonMatchesQJsonDocument_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"ALTER TABLE t DROP COLUMN c;"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("quotes and backslashes") << u"SELECT '\"a\"\\\\b' AS \"x\";"_s;
        QTest::newRow("control characters") << QString::fromUtf16(u"a\tb\nc\rd\be\ff\x01g\x1fh\x7fi");
        QTest::newRow("non-ASCII") << u"ÄÖÜ ß € 日本 — “quoted”"_s;
        QTest::newRow("outside the BMP") << u"emoji 😀 𝄞 end"_s;
        QTest::newRow("unpaired high surrogate") << QString::fromUtf16(u"a\xD83D"
                                                                       u"b");
        QTest::newRow("unpaired low surrogate") << QString::fromUtf16(u"a\xDE00"
                                                                      u"b");
        QTest::newRow("replacement character") << QString::fromUtf8("bad \xff byte");
    }

    void testCompactJsonMatchesQJsonDocument()
    {
        QFETCH(QString, text);
        for (const bool flag : {false, true}) {
            core::MigrationFinding f;
            f.file = u"dir/20240101_x.sql"_s + text;
            f.line = flag ? 1234567 : 0;
            f.column = flag ? 3 : -1;
            f.statement = text;
            f.rule = u"drop-column"_s;
            f.severity = flag ? core::FindingSeverity::Error : core::FindingSeverity::Warning;
            f.lock = flag ? u"ACCESS EXCLUSIVE"_s : QString();
            f.rewrites = flag;
            f.breaksOldCode = !flag;
            f.message = text + u" message"_s;
            f.suggestion = u"suggestion "_s + text;
            QByteArray written;
            f.appendCompactJson(written);
            QCOMPARE(written, QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact));
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrationLinter)
#include "TestMigrationLinter.moc"
