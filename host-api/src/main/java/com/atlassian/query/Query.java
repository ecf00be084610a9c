package com.atlassian.query;

/** Declaration of a parsed JQL query: only its type, which Throughline passes on. */
public interface Query {
}
