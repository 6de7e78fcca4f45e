#pragma once

#include "core/analytics/dashboard.h"
#include "ui/dashboards/dashboardpanel.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace rapport {

class QuadrantGrid;

// Satisfaction and value: the customers with a survey answer in four quadrants (value up,
// satisfaction right): advocates, vulnerable, potential and saboteurs, each with its count, its
// share and its value; the NPS in the caption. Clicking a quadrant (or arrows and Enter) lists
// its customers.
class SatisfactionQuadrant final : public DashboardPanel
{
    Q_OBJECT

public:
    enum Quadrant { Advocates = 0, Vulnerable = 1, Potential = 2, Saboteurs = 3 };

    explicit SatisfactionQuadrant(QWidget *parent = nullptr);

    void setPanel(const analytics::SatisfactionPanel &panel, const QString &currency);
    QString csv() const override;
    QString caption() const;
    static QString quadrantName(int quadrant);        // "Advocates"
    static QString quadrantDescription(int quadrant); // "high value, satisfied"
    QWidget *grid() const;
    QRect quadrantRect(int quadrant) const; // in grid() coordinates

public Q_SLOTS:
    void setResult(std::shared_ptr<const analytics::DashboardResult> result);
    void requestQuadrant(int quadrant);

private:
    analytics::SatisfactionPanel m_panel;
    QString m_currency;
    QuadrantGrid *m_grid = nullptr;
    QLabel *m_caption = nullptr;
};

} // namespace rapport
