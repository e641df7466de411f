/**
 * Test support for users of Pulih: {@link id.pulih.testkit.PulihGen}, QuickTheories generators for every domain
 * type, and contract suites that any implementation of the store ports must pass.
 */
package id.pulih.testkit;
