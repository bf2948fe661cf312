#pragma once

#include <functional>

#include <QLabel>
#include <QList>
#include <QUrl>

#include "core/model/ProviderRef.h"

namespace ui {

// The provider references of a deployment (Vercel deployment ids, …), each a link when it has an
// http(s) URL: "Vercel deployment dpl_8f… ↗". A click opens the URL in the browser
// (QDesktopServices), or whatever setOpener() installed (tests).
class ProviderRefsLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderRefsLabel)

public:
    using Opener = std::function<bool(const QUrl &)>;

    explicit ProviderRefsLabel(QWidget *parent = nullptr);

    void setRefs(const QList<core::ProviderRef> &refs);
    [[nodiscard]] const QList<core::ProviderRef> &refs() const { return m_refs; }
    void setOpener(Opener opener) { m_opener = std::move(opener); }

    // The rich text shown for `refs` (also used by tooltips elsewhere).
    [[nodiscard]] static QString html(const QList<core::ProviderRef> &refs);
    // "Vercel deployment" etc., translated kinds.
    [[nodiscard]] static QString describe(const core::ProviderRef &ref);
    [[nodiscard]] static bool isLinkable(const QString &url);

Q_SIGNALS:
    void linkOpened(const QUrl &url);

private:
    void open(const QString &link);

    QList<core::ProviderRef> m_refs;
    Opener m_opener;
};

} // namespace ui
