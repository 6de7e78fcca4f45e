# rapport_options: the one INTERFACE target every Rapport target links. It carries the language
# standard, the warnings and Qt's strictness defines, so no target can drift from the house rules.
add_library(rapport_options INTERFACE)
add_library(Rapport::options ALIAS rapport_options)

target_compile_features(rapport_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(rapport_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(rapport_options INTERFACE -Wall -Wextra -pedantic -Wshadow
        -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
    if(RAPPORT_WERROR)
        target_compile_options(rapport_options INTERFACE -Werror)
    endif()
    if(RAPPORT_SANITIZE)
        target_compile_options(rapport_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(rapport_options INTERFACE -fsanitize=address,undefined)
    endif()
endif()
