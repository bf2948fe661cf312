#include "ProviderRefsLabel.h"

#include <QDesktopServices>

#include "core/model/ProviderSettings.h"

using namespace Qt::StringLiterals;

namespace ui {

ProviderRefsLabel::ProviderRefsLabel(QWidget *parent)
    : QLabel(parent)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(u"providerRefs"_s);
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setOpenExternalLinks(false);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(this, &QLabel::linkActivated, this, &ProviderRefsLabel::open);
}

bool ProviderRefsLabel::isLinkable(const QString &url)
{
    const QUrl u(url);
    return u.isValid() && (u.scheme() == u"https" || u.scheme() == u"http") && !u.host().isEmpty();
}

QString ProviderRefsLabel::describe(const core::ProviderRef &ref)
{
    const QString provider = core::ProviderSettings::displayName(ref.provider);
    if (ref.kind == u"deployment")
        return tr("%1 deployment").arg(provider);
    if (ref.kind == u"function")
        return tr("%1 function").arg(provider);
    if (ref.kind == u"kv")
        return tr("%1 KV value").arg(provider);
    if (ref.kind == u"worker")
        return tr("%1 Worker version").arg(provider);
    return tr("%1 %2").arg(provider, ref.kind);
}

QString ProviderRefsLabel::html(const QList<core::ProviderRef> &refs)
{
    QStringList lines;
    for (const core::ProviderRef &ref : refs) {
        const QString id = ref.id.toHtmlEscaped();
        const QString idPart = isLinkable(ref.url)
                                   ? u"<a href=\"%1\">%2</a> ↗"_s.arg(ref.url.toHtmlEscaped(), id)
                                   : u"<code>%1</code>"_s.arg(id);
        lines << describe(ref).toHtmlEscaped() + u" "_s + idPart;
    }
    return lines.join(u"<br>"_s);
}

void ProviderRefsLabel::setRefs(const QList<core::ProviderRef> &refs)
{
    m_refs = refs;
    setText(html(refs));
    QStringList tips;
    for (const core::ProviderRef &ref : refs) {
        if (!ref.url.isEmpty())
            tips << ref.url;
    }
    setToolTip(tips.join(u'\n'));
}

void ProviderRefsLabel::open(const QString &link)
{
    const QUrl url(link);
    if (!isLinkable(link))
        return;
    if (m_opener)
        m_opener(url);
    Q_EMIT linkOpened(url);
}

} // namespace ui
