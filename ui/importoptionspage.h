#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace rapport {

class CountryBox;
class FieldMessage;
class ImportWizard;

// The wizard's third page: what the import may do (create new customers only, create and
// update, or update only), how a row finds the customer it is about (external id, e-mail,
// phone: any that are checked), the country of phone numbers written without one, and the
// source new customers get. Going on checks that the mapping can do what the mode asks.
class ImportOptionsPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportOptionsPage(ImportWizard *wizard);

    void initializePage() override;
    bool validatePage() override;

    QRadioButton *createButton() const { return m_create; }
    QRadioButton *upsertButton() const { return m_upsert; }
    QRadioButton *updateButton() const { return m_update; }
    QCheckBox *matchExternalIdBox() const { return m_matchId; }
    QCheckBox *matchEmailBox() const { return m_matchEmail; }
    QCheckBox *matchPhoneBox() const { return m_matchPhone; }
    CountryBox *countryBox() const { return m_country; }
    QString problemText() const;

private:
    ImportWizard *m_wizard;
    QRadioButton *m_create;
    QRadioButton *m_upsert;
    QRadioButton *m_update;
    QCheckBox *m_matchId;
    QCheckBox *m_matchEmail;
    QCheckBox *m_matchPhone;
    CountryBox *m_country;
    QLineEdit *m_source;
    QLabel *m_problem;
    QLabel *m_noKeys;
    bool m_initialised = false;
};

} // namespace rapport
