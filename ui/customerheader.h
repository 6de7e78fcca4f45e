#pragma once

#include "core/storage/customeroverviewrepository.h"

#include <QDateTime>
#include <QFrame>

class QAction;
class QLabel;
class QToolButton;

namespace rapport {

class FactTile;

// CustomerHeader is the head of the 360° view: who the customer is (name, kind, stage, owner,
// organisation, tags, postal addresses), how to reach them (the primary phone and e-mail as tel:
// and mailto: actions, every other phone, e-mail and web address as a link under them, each with
// its label), and the figures that matter at a glance (customer since, revenue in total and over
// 12 months, last contact, open cases, next follow-up). It shows a CustomerOverview; it reads
// nothing itself.
class CustomerHeader final : public QFrame
{
    Q_OBJECT
public:
    explicit CustomerHeader(QWidget *parent = nullptr);

    // `now` is the time the relative figures count from ("3 days ago", "due tomorrow").
    void setOverview(const CustomerOverview &overview, const QDateTime &now);
    const CustomerOverview &overview() const { return m_overview; }

    // Call the primary phone (tel:) and write to the primary e-mail (mailto:); disabled when the
    // customer has none. The lead may put them in a menu; they work on their own buttons too.
    QAction *callAction() const { return m_call; }
    QAction *mailAction() const { return m_mail; }

    // "today", "yesterday", "3 days ago", "in 2 weeks"...: `day` seen from `today`.
    static QString relativeDay(const QDate &day, const QDate &today);
    // "2 years 3 months", "5 months", "12 days": how long since `day`.
    static QString age(const QDate &day, const QDate &today);

Q_SIGNALS:
    // The organisation link of a person was clicked.
    void customerActivated(qint64 id);

private:
    void openUrl(const QString &scheme, const QString &address);
    void showContactPoints(const CustomerOverview &overview);

    CustomerOverview m_overview;
    QLabel *m_avatar;
    QLabel *m_name;
    QLabel *m_kind;
    QLabel *m_stage;
    QLabel *m_details;
    QLabel *m_tags;
    QLabel *m_addresses;
    QLabel *m_moreContacts;
    QToolButton *m_phoneButton;
    QToolButton *m_mailButton;
    QAction *m_call;
    QAction *m_mail;
    FactTile *m_since;
    FactTile *m_revenue;
    FactTile *m_revenue12;
    FactTile *m_satisfaction;
    FactTile *m_lastContact;
    FactTile *m_openCases;
    FactTile *m_followUp;
};

} // namespace rapport
