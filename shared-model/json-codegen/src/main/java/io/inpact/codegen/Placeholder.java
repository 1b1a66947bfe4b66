package io.inpact.codegen;
final class Placeholder {}
