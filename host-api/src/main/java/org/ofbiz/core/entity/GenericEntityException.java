package org.ofbiz.core.entity;

/** Declaration of OfBiz's checked persistence failure, thrown by Jira's managers. These bodies never run. */
public class GenericEntityException extends Exception {

    private static final long serialVersionUID = 1L;

    public GenericEntityException(String message) {
        throw new UnsupportedOperationException("provided by the host");
    }
}
