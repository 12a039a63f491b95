package dev.veil; public class Veil { public static void main(String[] a){} }
