/**
 * JSON documents of Pulih, each with a JSON Schema shipped in this jar under {@code id/pulih/json/}: what a person
 * may ask for under UU PDP No. 27/2022 (access and portability) and statistics safe to publish. Written with Jackson.
 */
package id.pulih.json;
