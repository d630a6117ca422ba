# Warnings and sanitizers for Bro's own targets only (never for Qt's generated code).
add_library(bro_warnings INTERFACE)
target_compile_options(bro_warnings INTERFACE -Wall -Wextra -Wpedantic)
if(BRO_WERROR)
  target_compile_options(bro_warnings INTERFACE -Werror)
endif()

if(BRO_SANITIZE)
  # Applied globally so that every object, Qt's generated code included, agrees on the ABI.
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
