/** The demo: the seed events of the source reports replayed end to end, with their figures read back. */
package id.pulih.examples.demo;
