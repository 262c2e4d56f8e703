# dossier_library(NAME SRCS ... DEPS ...): one static library per stage, with
# the public headers in include/.
function(dossier_library name)
  cmake_parse_arguments(ARG "" "" "SRCS;DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SRCS})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/include
                                     PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(${name} PUBLIC ${ARG_DEPS})
endfunction()

# dossier_test(NAME SRCS ... DEPS ... LABELS ...): a GoogleTest binary
# registered with ctest; tests run from the source dir so data paths are stable.
function(dossier_test name)
  cmake_parse_arguments(ARG "" "" "SRCS;DEPS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SRCS})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/src ${PROJECT_SOURCE_DIR})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE
    DOSSIER_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    DOSSIER_SHARED_DIR="${DOSSIER_SHARED_DIR}")
  add_test(NAME ${name} COMMAND ${name} WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  if(ARG_LABELS)
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
  else()
    set_tests_properties(${name} PROPERTIES LABELS unit)
  endif()
endfunction()

# dossier_embed(OUT DIR): generates OUT, a .cc holding every file under DIR
# (relative names) as a byte array, for EmbeddedLexicon().
function(dossier_embed out dir)
  file(GLOB_RECURSE files CONFIGURE_DEPENDS "${dir}/*.txt" "${dir}/*.tsv")
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DDIR=${dir} -P ${PROJECT_SOURCE_DIR}/cmake/Embed.cmake
    DEPENDS ${files} ${PROJECT_SOURCE_DIR}/cmake/Embed.cmake
    COMMENT "Embedding lexicons from ${dir}")
endfunction()
