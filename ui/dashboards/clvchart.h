#pragma once

#include "core/analytics/dashboard.h"
#include "ui/dashboards/dashboardpanel.h"
#include "ui/dashboards/slippingmodel.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace rapport {

// Customer lifetime value: the distribution as a histogram (the panel's bins, labelled with
// money), the BG/NBD fit in the caption, and the valuable customers who are slipping away in a
// table (double-click or Enter opens one; a button lists them all).
class ClvChart final : public DashboardPanel
{
    Q_OBJECT

public:
    explicit ClvChart(QWidget *parent = nullptr);

    void setPanel(const analytics::ClvPanel &panel, const QString &currency);
    void setNameLookup(SlippingModel::NameLookup lookup);
    QString csv() const override; // the histogram
    QString caption() const;
    QChartView *chartView() const { return m_view; }
    QTableView *slippingTable() const { return m_table; }
    SlippingModel *slippingModel() const { return m_model; }
    QPushButton *showAllButton() const { return m_showAll; }
    // "12k", "1.5M": a compact amount of money from minor units, for axis labels.
    static QString compactMoney(double minor, const QString &currency, const QLocale &locale = {});

public Q_SLOTS:
    void setResult(std::shared_ptr<const analytics::DashboardResult> result);

Q_SIGNALS:
    void customerActivated(qint64 id);
    // A histogram bar was clicked: the page lists that bin's customers.
    void binActivated(int bin);

protected:
    void paletteChanged() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();

    std::vector<double> m_edges;
    std::vector<qint64> m_counts;
    QString m_currency;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_slippingTitle = nullptr;
    QTableView *m_table = nullptr;
    SlippingModel *m_model = nullptr;
    QPushButton *m_showAll = nullptr;
};

} // namespace rapport
