/**
 * The problems a request can run into, as exceptions services throw
 * ({@link ProblemException} and its kinds), and the one factory that turns them into RFC
 * 9457 problem details ({@link Problems}). Depends on nothing else of the service, so
 * every module may use it.
 */
package org.partnergraph.problem;
