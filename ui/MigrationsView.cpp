#include "MigrationsView.h"

#include <algorithm>

#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/AppContext.h"
#include "core/model/Release.h"
#include "core/store/EnvironmentRepository.h"
#include "core/store/ReleaseRepository.h"
#include "core/store/Workspace.h"
#include "ui/EnvironmentNames.h"
#include "ui/Theme.h"

using namespace Qt::StringLiterals;

namespace ui {

namespace {

Theme::Tone toneOf(core::FindingSeverity severity)
{
    switch (severity) {
    case core::FindingSeverity::Error:
        return Theme::Tone::Bad;
    case core::FindingSeverity::Warning:
        return Theme::Tone::Warning;
    case core::FindingSeverity::Info:
        break;
    }
    return Theme::Tone::Neutral;
}

QString severityText(core::FindingSeverity severity)
{
    switch (severity) {
    case core::FindingSeverity::Error:
        return MigrationsView::tr("error");
    case core::FindingSeverity::Warning:
        return MigrationsView::tr("warning");
    case core::FindingSeverity::Info:
        break;
    }
    return MigrationsView::tr("info");
}

} // namespace

MigrationsView::MigrationsView(core::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_loader(new core::MigrationOverviewLoader(context.workspace, this))
    , m_environment(new QComboBox(this))
    , m_release(new QComboBox(this))
    , m_refresh(new QPushButton(Theme::icon(u"refresh"_s), tr("Re&fresh"), this))
    , m_summary(new QLabel(this))
    , m_files(new QTreeWidget(this))
    , m_findings(new QTreeWidget(this))
    , m_suggestion(new QLabel(this))
    , m_sql(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Migrations"));
    m_environment->setObjectName(u"migrationsEnvironment"_s);
    m_release->setObjectName(u"migrationsRelease"_s);
    m_refresh->setObjectName(u"migrationsRefresh"_s);
    m_summary->setObjectName(u"migrationsSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_files->setObjectName(u"migrationsFiles"_s);
    m_files->setHeaderLabels(
        {tr("Version"), tr("Name"), tr("State"), tr("Kind"), tr("Findings"), tr("Runs")});
    m_files->setRootIsDecorated(false);
    m_files->setUniformRowHeights(true);
    m_files->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_findings->setObjectName(u"migrationsFindings"_s);
    m_findings->setHeaderLabels({tr("Severity"), tr("Line"), tr("Rule"), tr("Lock"), tr("What happens")});
    m_findings->setRootIsDecorated(false);
    m_findings->setWordWrap(true);
    m_findings->header()->setStretchLastSection(true);
    for (int column = 0; column < 4; ++column)
        m_findings->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_suggestion->setObjectName(u"migrationsSuggestion"_s);
    m_suggestion->setWordWrap(true);
    m_suggestion->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sql->setObjectName(u"migrationsSql"_s);
    m_sql->setReadOnly(true);
    m_sql->setFont(Theme::monospaceFont());
    m_sql->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Environment:"), this));
    top->addWidget(m_environment);
    top->addSpacing(12);
    top->addWidget(new QLabel(tr("Release:"), this));
    top->addWidget(m_release);
    top->addStretch(1);
    top->addWidget(m_refresh);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_findings, 2);
    detailLayout->addWidget(m_suggestion);
    detailLayout->addWidget(m_sql, 3);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_files);
    split->addWidget(detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({520, 680});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_loader, &core::MigrationOverviewLoader::loaded, this, &MigrationsView::showOverview);
    connect(m_refresh, &QPushButton::clicked, this, &MigrationsView::reload);
    connect(m_environment, &QComboBox::activated, this, [this] {
        reloadReleases();
        reload();
    });
    connect(m_release, &QComboBox::activated, this, &MigrationsView::reload);
    connect(m_files, &QTreeWidget::currentItemChanged, this, &MigrationsView::showFile);
    connect(m_findings, &QTreeWidget::currentItemChanged, this, &MigrationsView::highlightFinding);

    reloadEnvironments();
    reloadReleases();
    reload();
}

MigrationsView::~MigrationsView() = default;

void MigrationsView::reloadEnvironments()
{
    m_environment->clear();
    auto envs = EnvironmentNames::list(m_context.workspace);
    if (!envs.ok())
        return;
    for (const EnvironmentNames::Entry &e : *envs)
        m_environment->addItem(e.lookupName, e.environment.id);
}

void MigrationsView::reloadReleases()
{
    m_release->clear();
    auto env = m_context.workspace.environments().get(m_environment->currentData().toLongLong());
    if (!env.ok())
        return;
    auto releases = m_context.workspace.releases().list(env->serviceId);
    if (!releases.ok())
        return;
    int preferred = -1;
    for (const core::Release &r : *releases) {
        const QString label =
            r.migrations.isEmpty()
                ? tr("%1 (no migrations)").arg(r.version)
                : tr("%1 (%n migration(s), %2)", nullptr, static_cast<int>(r.migrations.size()))
                      .arg(r.version, r.contract ? tr("contract") : tr("expand"));
        m_release->addItem(label, r.id);
        if (!r.migrations.isEmpty())
            preferred = m_release->count() - 1;
    }
    // The newest release that carries migrations, else the newest.
    m_release->setCurrentIndex(preferred >= 0 ? preferred : m_release->count() - 1);
}

void MigrationsView::showEnvironment(const QString &name)
{
    const int index = m_environment->findText(name);
    if (index < 0)
        return;
    m_environment->setCurrentIndex(index);
    reloadReleases();
    reload();
}

void MigrationsView::reload()
{
    if (m_environment->currentIndex() < 0)
        return;
    m_summary->setText(tr("Reading the migrations of %1…").arg(m_environment->currentText()));
    m_refresh->setEnabled(false);
    const QVariant release = m_release->currentData();
    m_loader->load(m_environment->currentData().toLongLong(),
                   release.isValid() ? std::optional<core::ReleaseId>(release.toLongLong()) : std::nullopt);
}

void MigrationsView::showOverview(const core::Result<core::MigrationOverview> &overview)
{
    m_refresh->setEnabled(true);
    m_files->clear();
    m_findings->clear();
    m_sql->clear();
    m_suggestion->clear();
    m_rows.clear();
    if (!overview.ok()) {
        m_overview.reset();
        m_summary->setText(overview.error().message);
        Q_EMIT overviewShown();
        return;
    }
    m_overview = *overview;
    const core::MigrationOverview &o = *m_overview;
    QHash<QString, bool> applied; // version -> has a local file
    for (const core::MigrationRunner::FileStatus &s : o.status) {
        if (s.applied)
            applied.insert(s.version, !s.file.isEmpty());
    }
    for (int i = 0; i < o.migrations.entries().size(); ++i) {
        const core::ReleaseMigrations::Entry &e = o.migrations.entries().at(i);
        m_rows.append(Row{e.version, e.fileName.section(u'_', 1).chopped(4), i, applied.contains(e.version)});
    }
    for (const core::MigrationRunner::FileStatus &s : o.status) {
        if (s.applied && s.file.isEmpty())
            m_rows.append(Row{s.version, s.name, -1, true});
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return a.version.size() != b.version.size() ? a.version.size() < b.version.size()
                                                    : a.version < b.version;
    });

    int pending = 0;
    int appliedCount = 0;
    for (const Row &row : std::as_const(m_rows)) {
        auto *item = new QTreeWidgetItem(m_files);
        item->setText(0, row.version);
        item->setText(1, row.name);
        const bool known = o.database && o.statusError.isEmpty();
        if (row.applied) {
            ++appliedCount;
            item->setText(2, row.entry < 0 ? tr("applied (not in this release)") : tr("applied"));
            item->setIcon(2, Theme::dot(Theme::Tone::Good));
        } else if (known) {
            ++pending;
            item->setText(2, tr("pending"));
            item->setIcon(2, Theme::dot(Theme::Tone::Active));
        } else {
            item->setText(2, tr("unknown"));
            item->setIcon(2, Theme::dot(Theme::Tone::Neutral));
        }
        if (row.entry >= 0) {
            const core::ReleaseMigrations::Entry &e = o.migrations.entries().at(row.entry);
            const bool contract = e.report.kind == core::MigrationKind::Contract;
            item->setText(3, contract ? tr("contract") : tr("expand"));
            const int errors = e.report.count(core::FindingSeverity::Error);
            const int warnings = e.report.count(core::FindingSeverity::Warning);
            item->setText(4, tr("%1 errors, %2 warnings").arg(errors).arg(warnings));
            item->setIcon(4, Theme::dot(errors > 0     ? Theme::Tone::Bad
                                        : warnings > 0 ? Theme::Tone::Warning
                                                       : Theme::Tone::Good));
            item->setText(5, e.inTransaction ? tr("one transaction") : tr("statement by statement"));
            if (!e.inTransaction)
                item->setToolTip(5, e.outsideTransactionReason);
        }
    }

    QString where;
    if (!o.database)
        where = tr("%1 has no database (switchyard env set-database).").arg(o.environment);
    else if (!o.statusError.isEmpty())
        where = tr("%1 could not be read: %2").arg(o.database->url, o.statusError);
    else
        where = tr("%1: %2 applied, %3 pending.").arg(o.database->url).arg(appliedCount).arg(pending);
    const QString release = o.release.isEmpty()
                                ? tr("No release chosen.")
                                : tr("Release %1 is an %2 release with %n migration file(s).", nullptr,
                                     static_cast<int>(o.migrations.entries().size()))
                                      .arg(o.release, o.contract ? tr("contract") : tr("expand"));
    QString refusal;
    if (!o.release.isEmpty()) {
        if (auto refused = o.migrations.refuseBreaking(o.release); !refused.ok())
            refusal = u"<br><b style='color:%1'>%2</b>"_s.arg(
                Theme::color(Theme::Tone::Bad).name(), tr("Deploying it is refused: a migration breaks "
                                                          "code that is still running."));
    }
    m_summary->setText(where.toHtmlEscaped() + u"<br>"_s + release.toHtmlEscaped() + refusal);
    if (m_files->topLevelItemCount() > 0) {
        // The first file with findings, else the first pending one, else the first.
        int select = 0;
        for (int i = 0; i < m_rows.size(); ++i) {
            const Row &row = m_rows.at(i);
            if (row.entry >= 0 && !o.migrations.entries().at(row.entry).report.findings.isEmpty()) {
                select = i;
                break;
            }
        }
        m_files->setCurrentItem(m_files->topLevelItem(select));
    }
    Q_EMIT overviewShown();
}

void MigrationsView::showFile()
{
    m_findings->clear();
    m_suggestion->clear();
    m_sql->clear();
    const int index = m_files->indexOfTopLevelItem(m_files->currentItem());
    if (!m_overview || index < 0 || index >= m_rows.size())
        return;
    const Row &row = m_rows.at(index);
    if (row.entry < 0) {
        m_suggestion->setText(tr("Applied to the database, but not part of this release's migrations."));
        return;
    }
    const core::ReleaseMigrations::Entry &e = m_overview->migrations.entries().at(row.entry);
    QFile file(e.path);
    if (file.open(QIODevice::ReadOnly))
        m_sql->setPlainText(QString::fromUtf8(file.readAll()));
    for (const core::MigrationFinding &f : e.report.findings) {
        auto *item = new QTreeWidgetItem(m_findings);
        item->setText(0, severityText(f.severity));
        item->setIcon(0, Theme::dot(toneOf(f.severity)));
        item->setText(1, QString::number(f.line));
        item->setText(2, f.rule);
        item->setText(3, f.lock);
        QString what = f.message;
        if (f.rewrites)
            what += u' ' + tr("[rewrites the table]");
        if (f.breaksOldCode)
            what += u' ' + tr("[breaks old code]");
        item->setText(4, what);
        item->setToolTip(4, what);
    }
    if (m_findings->topLevelItemCount() > 0)
        m_findings->setCurrentItem(m_findings->topLevelItem(0));
    else
        m_suggestion->setText(tr("No findings: %1").arg(e.summary()));
    highlightFinding();
}

void MigrationsView::highlightFinding()
{
    const int fileIndex = m_files->indexOfTopLevelItem(m_files->currentItem());
    if (!m_overview || fileIndex < 0 || fileIndex >= m_rows.size() || m_rows.at(fileIndex).entry < 0)
        return;
    const core::ReleaseMigrations::Entry &e = m_overview->migrations.entries().at(m_rows.at(fileIndex).entry);
    const int selected = m_findings->indexOfTopLevelItem(m_findings->currentItem());
    QList<QTextEdit::ExtraSelection> selections;
    QTextCursor focus;
    for (int i = 0; i < e.report.findings.size(); ++i) {
        const core::MigrationFinding &f = e.report.findings.at(i);
        const QTextBlock block = m_sql->document()->findBlockByNumber(f.line - 1);
        if (!block.isValid())
            continue;
        QTextCursor cursor(m_sql->document());
        cursor.setPosition(block.position() + std::max(0, f.column - 1));
        cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor,
                            static_cast<int>(f.statement.size()));
        QTextEdit::ExtraSelection selection;
        selection.cursor = cursor;
        QColor color = Theme::color(toneOf(f.severity));
        color.setAlpha(i == selected ? 110 : 35);
        selection.format.setBackground(color);
        if (i == selected) {
            selection.format.setFontWeight(QFont::Bold);
            focus = cursor;
            m_suggestion->setText(
                u"<b>%1</b> %2"_s.arg(tr("Safe alternative:").toHtmlEscaped(), f.suggestion.toHtmlEscaped()));
        }
        selections.append(selection);
    }
    m_sql->setExtraSelections(selections);
    if (!focus.isNull()) {
        QTextCursor visible = focus;
        visible.clearSelection();
        m_sql->setTextCursor(visible);
        m_sql->ensureCursorVisible();
    }
}

} // namespace ui
