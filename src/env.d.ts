/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Fact ids cited on the page being rendered, in order: the numbers of the source markers. */
    factOrder?: string[];
  }
}
