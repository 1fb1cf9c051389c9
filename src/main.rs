fn main() {
    werkwaarde::ui::mount();
}
