# One INTERFACE target carries the project's compile discipline; every
# AltDist target links it (the habit of qBittorrent's CommonConfig.cmake).
add_library(altdist_options INTERFACE)
add_library(AltDist::options ALIAS altdist_options)

target_compile_definitions(altdist_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    OPENSSL_API_COMPAT=30000
    OPENSSL_NO_DEPRECATED
)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(altdist_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
    # Not -Wnull-dereference: with optimisation GCC 12 reports it inside Qt's
    # own inline headers (QArrayDataPointer copies), which no code of ours can fix.
    if(ALTDIST_WERROR)
        target_compile_options(altdist_options INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(altdist_options INTERFACE /W4 /permissive- /utf-8)
    if(ALTDIST_WERROR)
        target_compile_options(altdist_options INTERFACE /WX)
    endif()
endif()
