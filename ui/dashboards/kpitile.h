#pragma once

#include "core/analytics/dashboard.h"

#include <QFrame>

#include <memory>

QT_BEGIN_NAMESPACE
class QGridLayout;
class QLabel;
QT_END_NAMESPACE

namespace rapport {

// One key figure of the dashboard: its name, the value for the period in large type, and the
// change against the previous period as an arrow and a percentage (points for the retention
// rate), green when the change is good news and red when it is bad (more lost customers or open
// complaints is bad), its tooltip saying "Worse than the previous period" in words. A narrow
// tile drops "vs previous period" from the change. A value that cannot be computed shows "—". Clicking the tile, or Enter or
// Space when it has the focus, emits activated().
class KpiTile final : public QFrame
{
    Q_OBJECT

public:
    explicit KpiTile(analytics::Kpi kpi, QWidget *parent = nullptr);

    analytics::Kpi kpi() const { return m_kpi; }
    void setValue(const analytics::KpiValue &value, const QString &currency);
    void clear();

    QString valueText() const;
    QString changeText() const;

    static QString title(analytics::Kpi kpi); // translated
    static bool upIsGood(analytics::Kpi kpi);
    // "1,234", "12.5%", "1,234,567 EUR" in the locale; "—" for none (never "nan").
    static QString formatValue(analytics::Kpi kpi,
                               std::optional<double> value,
                               const QString &currency,
                               const QLocale &locale = QLocale());
    // "▲ 12.5% vs previous period", "▼ 2.1 pts vs previous period", "▲ from 0"; empty when
    // either value is missing.
    static QString formatChange(analytics::Kpi kpi,
                                std::optional<double> current,
                                std::optional<double> previous,
                                const QLocale &locale = QLocale());
    // The same without "vs previous period": "▲ 12.5%".
    static QString formatShortChange(analytics::Kpi kpi,
                                     std::optional<double> current,
                                     std::optional<double> previous,
                                     const QLocale &locale = QLocale());
    // "Better than the previous period" (1), "Worse…" (-1), "The same as…" (0).
    static QString changeMeaning(int direction);
    // -1 bad news, 0 none or no change, 1 good news.
    int direction() const { return m_direction; }

public Q_SLOTS:
    void setResult(std::shared_ptr<const analytics::DashboardResult> result);

Q_SIGNALS:
    void activated(analytics::Kpi kpi);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void recolour();
    void fitChange();

    analytics::Kpi m_kpi;
    QLabel *m_title = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_change = nullptr;
    QString m_longChange;
    QString m_shortChange;
    int m_direction = 0; // -1 bad, 0 neutral, 1 good
    bool m_pressed = false;
    bool m_keyboardFocus = false;
};

// The seven tiles in the order of analytics::Kpi: in a row when they fit at their natural
// width, else in two rows (4 + 3) or more, so a title or a value is never cut.
class KpiStrip final : public QWidget
{
    Q_OBJECT

public:
    explicit KpiStrip(QWidget *parent = nullptr);
    KpiTile *tile(analytics::Kpi kpi) const;
    int columns() const;
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

public Q_SLOTS:
    void setResult(std::shared_ptr<const analytics::DashboardResult> result);

Q_SIGNALS:
    void activated(analytics::Kpi kpi);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int columnsFor(int width) const;
    void arrange(int columns);

    QGridLayout *m_grid;
    int m_columns = 0;
    std::array<KpiTile *, analytics::KpiCount> m_tiles{};
};

} // namespace rapport
