/**
 * Short, runnable programs, each showing one way to use Pulih as a dependency: {@link
 * id.pulih.examples.InMemoryExample} (embedding with the in-memory store), {@link id.pulih.examples.H2Example} (the
 * embedded H2 file database), {@link id.pulih.examples.PostgresExample} (a PostgreSQL {@code DataSource}); and the
 * demo that replays the seed events, {@link id.pulih.examples.demo.SeedDemo}.
 */
package id.pulih.examples;
