#include "tempdatabase.h"

#include <catch2/catch.hpp>

namespace rapport::test {

TempDatabase::TempDatabase()
{
    reopen();
}

void TempDatabase::reopen()
{
    m_db.reset();
    auto opened = Database::open(path(), Database::Mode::Create);
    if (!opened)
        FAIL(opened.error().message().toStdString());
    m_db = std::move(opened).value();
}

} // namespace rapport::test
