#include "core/domain/team.h"

#include <QCoreApplication>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct TeamTexts
{
    Q_DECLARE_TR_FUNCTIONS(Team)
};

constexpr qsizetype MaxTeamNameLength = 100;

} // namespace

Status Team::validate() const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error(Error::Kind::Validation,
                     TeamTexts::tr("A team needs a name."),
                     QStringLiteral("name"));
    if (trimmed.size() > MaxTeamNameLength)
        return Error(Error::Kind::Validation,
                     TeamTexts::tr("A team's name is longer than %1 characters.")
                         .arg(MaxTeamNameLength),
                     QStringLiteral("name"));
    if (trimmed.contains(QLatin1Char(',')))
        return Error(Error::Kind::Validation,
                     TeamTexts::tr("A team's name cannot hold a comma (lists of teams are "
                                   "written with commas)."),
                     QStringLiteral("name"));
    return {};
}

} // namespace rapport
